import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { ContactHealth as Health } from "@/lib/contact/contact-health";

// Contact in peace: days since the last dinner, who took part lately per party, and (for the
// coordinator) who has not been heard from in three months, to reach out before turmoil comes.
export async function ContactHealth({ health }: { health: Health }) {
  const t = await getTranslations("incidents.contact");
  const common = await getTranslations("common");
  return (
    <Section id="contact-health" title={t("title")} hint={t("hint")} card>
      <p>{health.daysSinceLastDinner === null ? t("noDinnerYet") : t("daysSinceDinner", { days: health.daysSinceLastDinner })}</p>
      <table className="w-full text-left text-sm">
        <caption className="text-left font-semibold">{t("tookPartCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("party")}</th>
            <th scope="col">{t("tookPart")}</th>
          </tr>
        </thead>
        <tbody>
          {health.parties.map((p) => (
            <tr key={p.party} className="border-t border-slate-200">
              <th scope="row" className="font-normal">{common(`parties.${p.party}`)}</th>
              <td>{p.share === null ? "—" : t("share", { share: p.share, tookPart: p.tookPart, members: p.members })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {health.quiet && (
        <div className="flex flex-col gap-1">
          <h3 className="font-semibold">{t("quietTitle")}</h3>
          {health.quiet.length === 0 ? (
            <p>{t("nobodyQuiet")}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {health.quiet.map((m) => (
                <li key={m.id} className="break-words">
                  {m.name} ({common(`parties.${m.party}`)})
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Section>
  );
}
