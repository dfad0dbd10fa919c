import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { getDinner } from "@/lib/dinners/get-dinner";

type Dinner = Awaited<ReturnType<typeof getDinner>>["dinner"];

// Where the dinner is: venue, address with a map link, host, places and notes for guests.
export async function DinnerWhere({ dinner }: { dinner: Dinner }) {
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  return (
    <Section id="where" title={t("where")} card>
      <div>
        <p className="break-words font-medium">
          {dinner.venueName} <span className="font-normal text-slate-700">({t(`venueKinds.${dinner.venueKind}`)})</span>
        </p>
        <p className="break-words">{dinner.venueAddress}</p>
        <p>
          <a href={dinner.mapUrl} rel="noopener noreferrer">
            {t("openMap")}
          </a>
        </p>
        {dinner.hostParty && <p className="mt-1">{t("hostLine", { party: common(`parties.${dinner.hostParty}`) })}</p>}
        {dinner.capacity !== null && <p>{t("capacityOf", { capacity: dinner.capacity })}</p>}
      </div>
      {dinner.guestNotes && (
        <div>
          <h3 className="font-semibold">{t("guestNotes")}</h3>
          <p className="whitespace-pre-line break-words">{dinner.guestNotes}</p>
        </div>
      )}
    </Section>
  );
}
