import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import type { Protocol } from "@/lib/incidents/get-protocol";
import { protocolParties, saveAgreementInput } from "@/lib/incidents/incident-input";
import { acceptAgreementAction, saveAgreementAction } from "@/app/programmes/[programmeId]/protocol/actions";

const fields = inputPropsOf(saveAgreementInput);

// The information-sharing agreement that holds, who accepted it for each party and when; the
// party's lead accepts it; the coordinator writes a new version (which asks for acceptance again).
export async function SharingAgreement({ programmeId, data }: { programmeId: string; data: Protocol }) {
  const t = await getTranslations("incidents.agreement");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { agreement } = data;
  const texts = await formTexts("incidents");
  const when = (d: Date) => format.dateTime(d, { timeZone: data.programme.timeZone, dateStyle: "long", timeStyle: "short", hourCycle: "h23" });
  return (
    <Section id="sharing" title={t("title")} hint={agreement ? t("version", { version: agreement.version, date: when(agreement.createdAt) }) : t("none")} card>
      {agreement && (
        <>
          <p className="break-words whitespace-pre-line">{agreement.text}</p>
          <ul className="flex flex-col gap-1">
            {protocolParties.map((party) => {
              const accepted = agreement.acceptances.find((a) => a.party === party);
              return (
                <li key={party}>
                  <strong>{common(`parties.${party}`)}:</strong> {accepted ? t("acceptedBy", { name: accepted.acceptedBy, date: when(accepted.acceptedAt) }) : t("notYet")}
                </li>
              );
            })}
          </ul>
          {data.canAccept && (
            <Form action={acceptAgreementAction} texts={texts}>
              <HiddenFields values={{ programmeId, agreementId: agreement.id }} />
              <div>
                <SubmitButton>{t("accept", { party: common(`parties.${data.myParty}`) })}</SubmitButton>
              </div>
            </Form>
          )}
        </>
      )}
      {data.canEdit && (
        <Form action={saveAgreementAction} texts={texts}>
          <HiddenFields values={{ programmeId, basedOn: agreement?.version ?? 0 }} />
          <TextAreaField label={agreement ? t("newVersion") : t("write")} hint={t("writeHint")} {...fields.text} defaultValue={agreement?.text ?? ""} rows={6} />
          <div>
            <SubmitButton tone="secondary">{t("save")}</SubmitButton>
          </div>
        </Form>
      )}
    </Section>
  );
}
