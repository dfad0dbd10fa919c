import { getTranslations } from "@/lib/i18n/server";
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
  return (
    <Section id="first-step" title={t("firstStep")} hint={t("firstStepHint")}>
      <ProtocolSteps steps={data.steps} />
      <p>
        <a href={`/programmes/${programmeId}/protocol`}>{t("protocolLink")}</a>
      </p>
      {data.incident.status === "OPEN" && (
        <div className="flex flex-col gap-2">
          <label htmlFor="share-text" className="font-semibold">
            {t("shareText")}
          </label>
          <textarea id="share-text" readOnly rows={4} defaultValue={share.text} className="w-full rounded-lg border border-slate-500 p-2" />
          <p className="flex flex-wrap gap-3">
            <a href={share.shareLink} rel="noopener noreferrer">
              {t("shareWhatsApp")}
            </a>
            {data.programme.groupChatUrl && (
              <a href={data.programme.groupChatUrl} rel="noopener noreferrer">
                {t("openGroupChat")}
              </a>
            )}
          </p>
        </div>
      )}
    </Section>
  );
}
