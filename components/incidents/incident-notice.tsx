import { getTranslations } from "@/lib/i18n/server";
import { html } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import type { IncidentPage } from "@/lib/incidents/get-incident";
import { incidentShare } from "@/lib/incidents/share-text";
import { ProtocolSteps } from "./protocol-view";

// The notice: who takes the first step, and the text to share in the programme's group chat
// (a WhatsApp link with the text filled in, and the text itself to copy into any chat).
export async function IncidentNotice({ programmeId, data }: { programmeId: string; data: IncidentPage }) {
  const t = await getTranslations("incidents");
  const emails = await getTranslations("emails");
  const common = await getTranslations("common");
  const share = incidentShare(
    {
      programme: data.programme.name,
      whatHappened: data.incident.whatHappened,
      level: data.incident.level,
      contacts: data.steps.filter((s) => s.firstContact).map((s) => ({ party: common(`parties.${s.party}`), name: s.firstContact!.name })),
      programmeId,
      incidentId: data.incident.id,
    },
    (key, values) => emails(key, values),
  );
  // The links and the text to copy: prepared markup (decision 026). The group chat's address
  // is an https address (groupChatInput refuses anything else).
  const shareBlock =
    data.incident.status === "OPEN" &&
    html`<div class="flex flex-col gap-2"><label for="share-text" class="font-semibold">${t("shareText")}</label><textarea id="share-text" readonly rows="4" class="w-full rounded-lg border border-slate-500 p-2">${share.text}</textarea><p class="flex flex-wrap gap-3"><a href="${share.shareLink}" rel="noopener noreferrer">${t("shareWhatsApp")}</a>${
      data.programme.groupChatUrl && html`<a href="${data.programme.groupChatUrl}" rel="noopener noreferrer">${t("openGroupChat")}</a>`
    }</p></div>`;
  return (
    <Section id="first-step" title={t("firstStep")} hint={t("firstStepHint")}>
      <ProtocolSteps steps={data.steps} />
      <div className="contents" dangerouslySetInnerHTML={html`<p><a href="/programmes/${programmeId}/protocol">${t("protocolLink")}</a></p>${shareBlock}`} />
    </Section>
  );
}
