import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { html } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import type { IncidentPage } from "@/lib/incidents/get-incident";
import { jointMessageInput, protocolParties } from "@/lib/incidents/incident-input";
import { approveJointMessageAction, draftJointMessageAction } from "@/app/programmes/[programmeId]/incidents/[incidentId]/actions";

const fields = inputPropsOf(jointMessageInput);

// One voice: the latest draft, the approval of each party (police, municipality, community),
// final once all three approved; earlier drafts and their approvals stay visible.
export async function JointMessage({ programmeId, data }: { programmeId: string; data: IncidentPage }) {
  const t = await getTranslations("incidents.message");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const texts = await formTexts("incidents");
  const [latest, ...earlier] = data.messages;
  const when = (d: Date) => format.dateTime(d, { timeZone: data.programme.timeZone, dateStyle: "medium", timeStyle: "short", hourCycle: "h23" });
  const mineApproved = latest?.approvals.some((a) => a.party === data.me.party);
  // The read-only parts (who approved, earlier drafts) as prepared markup (decision 026).
  const approvals = (message: NonNullable<typeof latest>) =>
    html`${protocolParties.map((party) => {
      const approval = message.approvals.find((a) => a.party === party);
      return html`<li><strong>${common(`parties.${party}`)}:</strong> ${approval ? t("approvedBy", { name: approval.approvedBy, date: when(approval.approvedAt) }) : t("waiting")}</li>`;
    })}`;
  const history = html`${earlier.map(
    (m) =>
      html`<li class="text-sm"><p class="font-semibold">${t("draft", { draft: m.draft, name: m.authorName })} · ${when(m.createdAt)}</p><p class="break-words whitespace-pre-line">${m.text}</p><p>${m.approvals.map((a) => `${common(`parties.${a.party}`)}: ${a.approvedBy}`).join("; ") || t("noApprovals")}</p></li>`,
  )}`;
  return (
    <Section id="joint-message" title={t("title")} hint={t("hint")} card>
      {latest ? (
        <div className="flex flex-col gap-2">
          <p className="font-semibold">{latest.finalAt ? t("final", { date: when(latest.finalAt) }) : t("draft", { draft: latest.draft, name: latest.authorName })}</p>
          <blockquote className="border-l-4 border-slate-400 pl-3 break-words whitespace-pre-line">{latest.text}</blockquote>
          <ul className="flex flex-col gap-1 text-sm" dangerouslySetInnerHTML={approvals(latest)} />
          {data.may.approve && !latest.finalAt && !mineApproved && (
            <Form action={approveJointMessageAction} texts={texts}>
              <HiddenFields values={{ programmeId, incidentId: data.incident.id, messageId: latest.id }} />
              <div>
                <SubmitButton>{t("approve", { party: common(`parties.${data.me.party}`) })}</SubmitButton>
              </div>
            </Form>
          )}
        </div>
      ) : (
        <p>{t("none")}</p>
      )}
      {data.may.manage && data.incident.status === "OPEN" && (
        <Form action={draftJointMessageAction} texts={texts}>
          <HiddenFields values={{ programmeId, incidentId: data.incident.id, basedOnDraft: latest?.draft ?? 0 }} />
          <TextAreaField label={latest ? t("newDraft") : t("firstDraft")} hint={t("draftHint")} {...fields.text} defaultValue={latest?.text ?? ""} rows={4} />
          <div>
            <SubmitButton tone="secondary">{t("saveDraft")}</SubmitButton>
          </div>
        </Form>
      )}
      {earlier.length > 0 && (
        <details>
          <summary className="cursor-pointer">{t("history", { count: earlier.length })}</summary>
          <ol className="mt-2 flex flex-col gap-2" dangerouslySetInnerHTML={history} />
        </details>
      )}
    </Section>
  );
}
