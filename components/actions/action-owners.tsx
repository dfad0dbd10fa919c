import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { getAction } from "@/lib/actions/get-action";

type Owner = Awaited<ReturnType<typeof getAction>>["action"]["owners"][number];

export async function ActionOwners({ owners }: { owners: Owner[] }) {
  const t = await getTranslations("actions");
  const common = await getTranslations("common");
  return (
    <Section id="owners" title={t("owners")} card>
      <ul className="flex flex-col gap-1">
        {owners.map((owner) => (
          <li key={owner.id}>
            {owner.name} · {common(`parties.${owner.party}`)}
            {owner.left && ` · ${t("leftProgramme")}`}
          </li>
        ))}
      </ul>
    </Section>
  );
}
