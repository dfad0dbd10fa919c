import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitChoices } from "@/components/forms/submit-button";
import { html } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import type { IncidentPage } from "@/lib/incidents/get-incident";
import { checkInAction } from "@/app/programmes/[programmeId]/incidents/[incidentId]/actions";

const answers = ["CAN_HELP", "HEARING_THINGS", "NOT_AVAILABLE"] as const;

// One tap: each answer is its own submit button, so it works without JavaScript.
export async function CheckIn({ programmeId, data }: { programmeId: string; data: IncidentPage }) {
  const t = await getTranslations("incidents.checkIn");
  return (
    <Section id="check-in" title={t("title")} hint={data.myCheckIn ? t("yours", { answer: t(`answers.${data.myCheckIn}`) }) : t("hint")} card>
      <Form action={checkInAction} texts={await formTexts("incidents")} aria-label={t("title")}>
        <HiddenFields values={{ programmeId, incidentId: data.incident.id }} />
        <SubmitChoices name="answer" chosen={data.myCheckIn} choices={answers.map((answer) => ({ value: answer, label: t(`answers.${answer}`) }))} />
      </Form>
    </Section>
  );
}

// The coordinator's grid: per party, who answered what and who has not answered yet. A
// table per party with a row per member: prepared markup (decision 026).
export async function CheckInGrid({ data }: { data: IncidentPage }) {
  const t = await getTranslations("incidents.checkIn");
  const common = await getTranslations("common");
  if (!data.grid) return null;
  const tables = html`${data.grid.map(
    (group) =>
      html`<table class="w-full text-left text-sm"><caption class="text-left font-semibold">${common(`parties.${group.party}`)}</caption><thead><tr><th scope="col">${t("member")}</th><th scope="col">${t("answer")}</th></tr></thead><tbody>${group.members.map(
        (m) => html`<tr class="border-t border-slate-200"><td class="wrap-anywhere">${m.name}</td><td${m.answer ? "" : html` class="font-semibold text-red-900"`}>${m.answer ? t(`answers.${m.answer}`) : t("none")}</td></tr>`,
      )}</tbody></table>`,
  )}`;
  return (
    <Section id="check-ins" title={t("gridTitle")} hint={t("notAnswered", { count: data.notAnswered ?? 0 })}>
      <div className="grid gap-3 sm:grid-cols-3" dangerouslySetInnerHTML={tables} />
    </Section>
  );
}
