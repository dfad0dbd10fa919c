import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { FormLink } from "@/components/page/form-link";
import { LinkButton } from "@/components/page/link-button";
import { html } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import type { IncidentPage } from "@/lib/incidents/get-incident";
import { incidentUpdateInput, linkActionInput } from "@/lib/incidents/incident-input";
import { addIncidentUpdateAction, linkIncidentActionAction } from "@/app/programmes/[programmeId]/incidents/[incidentId]/actions";
import { levels } from "./level";

const fields = inputPropsOf(incidentUpdateInput);
const linkFields = inputPropsOf(linkActionInput);

// The incident log: updates and level changes (author, time), the actions agreed in it.
// Linking an existing action (a choice of up to 50 open actions) opens from its link
// (`?form=link-action`, docs/conventions.md): the log's own form is the one used in the turmoil.
export async function IncidentLog({ programmeId, data, linkOpen }: { programmeId: string; data: IncidentPage; linkOpen: boolean }) {
  const t = await getTranslations("incidents.log");
  const incidents = await getTranslations("incidents");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const texts = await formTexts("incidents");
  const ids = { programmeId, incidentId: data.incident.id };
  // Prepared markup (components/page/markup.ts): the log grows with the incident; the
  // actions agreed in it are plain links.
  const updates = html`${data.updates.map(
    (u) =>
      html`<li class="border-l-4 border-slate-300 pl-3"><p class="text-sm text-slate-700">${format.dateTime(u.createdAt, { timeZone: data.programme.timeZone, dateStyle: "medium", timeStyle: "short", hourCycle: "h23" })} · ${u.authorName ?? t("formerMember")}${u.authorParty ? ` (${common(`parties.${u.authorParty}`)})` : ""}</p>${
        u.toLevel !== null && html`<p class="font-semibold">${u.fromLevel === null ? t("levelSet", { level: u.toLevel }) : t("levelChanged", { from: u.fromLevel, to: u.toLevel })}</p>`
      }${u.text && html`<p class="break-words whitespace-pre-line">${u.text}</p>`}</li>`,
  )}`;
  const actions = html`${data.actions.map((a) => html`<li><a href="/programmes/${programmeId}/actions/${a.id}">${a.title}</a> · ${common(`actionStatus.${a.status}`)}</li>`)}`;
  return (
    <Section id="log" title={t("title")}>
      <ol className="flex flex-col gap-2" dangerouslySetInnerHTML={updates} />
      {data.may.update && (
        <Form action={addIncidentUpdateAction} texts={texts}>
          <HiddenFields values={ids} />
          <TextAreaField label={t("update")} hint={t("updateHint")} {...fields.text} rows={3} />
          {data.may.manage && (
            <>
              <HiddenFields values={{ levelSeen: data.incident.level }} />
              <SelectField label={incidents("level")} {...fields.level} defaultValue={String(data.incident.level)} options={levels.map((value) => ({ value, label: incidents(`levels.${value}`) }))} />
            </>
          )}
          <div>
            <SubmitButton tone="secondary">{t("add")}</SubmitButton>
          </div>
        </Form>
      )}
      <h3 className="font-semibold">{t("actions")}</h3>
      {data.actions.length === 0 ? <p>{t("noActions")}</p> : <ul className="flex flex-col gap-1" dangerouslySetInnerHTML={actions} />}
      {data.may.logAction && (
        <p>
          <LinkButton href={`/programmes/${programmeId}/actions/new`}>{t("logAction")}</LinkButton>
        </p>
      )}
      {data.linkable.length > 0 && !linkOpen && <FormLink href={`/programmes/${programmeId}/incidents/${data.incident.id}?form=link-action#link-action`}>{t("linkAction")}</FormLink>}
      {data.linkable.length > 0 && linkOpen && (
        <div id="link-action">
          <Form action={linkIncidentActionAction} texts={texts}>
            <HiddenFields values={ids} />
            <SelectField label={t("linkAction")} {...linkFields.actionId} options={data.linkable.map((a) => ({ value: a.id, label: a.title }))} />
            <div>
              <SubmitButton tone="secondary">{t("link")}</SubmitButton>
            </div>
          </Form>
        </div>
      )}
    </Section>
  );
}
