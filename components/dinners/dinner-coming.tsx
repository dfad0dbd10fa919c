import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { getDinner } from "@/lib/dinners/get-dinner";
import { ComingList } from "./coming-list";
import { PartyBalanceList } from "./party-balance";

type DinnerData = Awaited<ReturnType<typeof getDinner>>;

// Who is coming (or, once held, who came): the balance per party and first names.
export async function DinnerComing({ data }: { data: DinnerData }) {
  const t = await getTranslations("dinners");
  const held = data.dinner.status === "HELD";
  return (
    <Section id="coming" title={held ? t("whoCame") : t("whoIsComing")} card>
      <PartyBalanceList balance={data.balance} label={held ? t("attendedByParty") : t("comingByParty")} />
      <ComingList coming={data.coming} emptyText={t("nobodyYet")} />
      {!held && <p className="text-sm text-slate-700">{t("answerCounts", data.counts)}</p>}
    </Section>
  );
}
