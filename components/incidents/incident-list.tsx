import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Card } from "@/components/page/card";
import { Section } from "@/components/page/section";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";

type Item = { id: string; status: IncidentStatus; whatHappened: string; area: string; level: number; createdAt: Date; closedAt: Date | null; checkedIn: boolean };

export async function IncidentList({ programmeId, incidents, timeZone }: { programmeId: string; incidents: Item[]; timeZone: string }) {
  const t = await getTranslations("incidents");
  const format = await getFormatter();
  return (
    <Section id="incidents" title={t("listTitle")}>
      {incidents.length === 0 ? (
        <p>{t("noIncidents")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {incidents.map((incident) => (
            <Card as="li" key={incident.id}>
              <p className="text-sm font-semibold">
                {t(`status.${incident.status}`)} · {t("levelShort", { level: incident.level })} · {format.dateTime(incident.createdAt, { timeZone, dateStyle: "medium", timeStyle: "short", hourCycle: "h23" })}
              </p>
              <p className="break-words">
                <Link href={`/programmes/${programmeId}/incidents/${incident.id}`}>{incident.whatHappened.length > 120 ? `${incident.whatHappened.slice(0, 120)}…` : incident.whatHappened}</Link>
              </p>
              {incident.status === "OPEN" && !incident.checkedIn && <p className="text-sm font-semibold text-red-900">{t("pleaseCheckIn")}</p>}
            </Card>
          ))}
        </ul>
      )}
    </Section>
  );
}
