import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Card } from "@/components/page/card";
import { Section } from "@/components/page/section";
import type { getAgenda } from "@/lib/agenda/get-agenda";

type Review = Awaited<ReturnType<typeof getAgenda>>["incidentReviews"][number];

// On a dinner's agenda: the reviews of incidents closed since the dinner before ("what did we learn").
export async function IncidentReviews({ programmeId, reviews, timeZone }: { programmeId: string; reviews: Review[]; timeZone: string }) {
  if (reviews.length === 0) return null;
  const t = await getTranslations("incidents.reviews");
  const format = await getFormatter();
  return (
    <Section id="what-did-we-learn" title={t("title")} hint={t("hint")}>
      <ul className="flex flex-col gap-3">
        {reviews.map((r) => (
          <Card as="li" key={r.id}>
            <p className="text-sm text-slate-700">
              {t("closed", { date: r.closedAt ? format.dateTime(r.closedAt, { timeZone, dateStyle: "medium" }) : "" })} · <Link href={`/programmes/${programmeId}/incidents/${r.id}`}>{r.whatHappened.length > 80 ? `${r.whatHappened.slice(0, 80)}…` : r.whatHappened}</Link>
            </p>
            <p className="break-words whitespace-pre-line">{r.review}</p>
          </Card>
        ))}
      </ul>
    </Section>
  );
}
