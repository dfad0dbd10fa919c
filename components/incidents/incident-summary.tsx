import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { html } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import type { IncidentPage } from "@/lib/incidents/get-incident";
import { topicLabel } from "@/lib/topics/topic-label";
import { confirmIncidentAction } from "@/app/programmes/[programmeId]/incidents/[incidentId]/actions";

// What happened, where, how tense; a proposed incident can be confirmed (it opens, everyone is told).
export async function IncidentSummary({ programmeId, data }: { programmeId: string; data: IncidentPage }) {
  const t = await getTranslations("incidents");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { incident, programme } = data;
  const fact = (term: string, value: string, className?: string) => html`<dt class="font-semibold">${term}</dt><dd${className ? html` class="${className}"` : ""}>${value}</dd>`;
  // Read-only facts: prepared markup (decision 026).
  const facts = html`${fact(t("statusLabel"), t(`status.${incident.status}`))}${fact(t("level"), t(`levels.${String(incident.level) as "1"}`))}${incident.area ? fact(t("area"), incident.area, "break-words") : ""}${
    incident.topic ? fact(t("topic"), topicLabel(incident.topic, common)) : ""
  }${fact(t("since"), format.dateTime(incident.openedAt ?? incident.createdAt, { timeZone: programme.timeZone, dateStyle: "medium", timeStyle: "short", hourCycle: "h23" }))}`;
  return (
    <Section id="what-happened" title={t("whatHappened")} card>
      <p className="break-words whitespace-pre-line">{incident.whatHappened}</p>
      <dl className="facts gap-x-3 gap-y-1 text-sm" dangerouslySetInnerHTML={facts} />
      {incident.status === "PROPOSED" && data.may.manage && (
        <Form action={confirmIncidentAction} texts={await formTexts("incidents")}>
          <HiddenFields values={{ programmeId, incidentId: incident.id, version: incident.version }} />
          <p>{t("confirmHint")}</p>
          <div>
            <SubmitButton tone="danger">{t("confirm")}</SubmitButton>
          </div>
        </Form>
      )}
      {incident.status === "PROPOSED" && !data.may.manage && <p>{t("proposedWaiting")}</p>}
    </Section>
  );
}
