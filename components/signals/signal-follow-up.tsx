import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Section } from "@/components/page/section";
import { followUpSignalAction } from "@/app/programmes/[programmeId]/signals/actions";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { followUpSignalInput } from "@/lib/signals/signal-input";

const fields = inputPropsOf(followUpSignalInput);

// For coordinators and police liaisons: four ways to follow a signal up, each its own
// small form (works without JavaScript).
export async function SignalFollowUp({
  programmeId,
  signalId,
  version,
  nextDinner,
  openActions,
}: {
  programmeId: string;
  signalId: string;
  version: number;
  nextDinner: { id: string; when: string } | null;
  openActions: { id: string; title: string }[];
}) {
  const t = await getTranslations("signals");
  const common = await getTranslations("common");
  const texts = await formTexts("signals");
  const hidden = <HiddenFields values={{ programmeId, signalId, version }} />;
  return (
    <Section id="follow-up" title={t("followUp")} hint={t("followUpHint")} card>
      <Form action={followUpSignalAction} texts={texts} aria-label={t("putOnAgenda")}>
        {hidden}
        <p>{nextDinner ? t("nextDinner", { when: nextDinner.when }) : t("noNextDinner")}</p>
        {nextDinner && (
          <div>
            <SubmitButton name="kind" value="agenda">
              {t("putOnAgenda")}
            </SubmitButton>
          </div>
        )}
      </Form>
      <Form action={followUpSignalAction} texts={texts} aria-label={t("turnIntoAction")}>
        {hidden}
        <TextField label={t("actionTitle")} {...fields.actionTitle} autoComplete="off" />
        <SelectField label={t("leadParty")} {...fields.leadParty} defaultValue="JOINT" options={(["JOINT", "POLICE", "MUNICIPALITY", "COMMUNITY"] as const).map((value) => ({ value, label: common(`parties.${value}`) }))} />
        <div>
          <SubmitButton name="kind" value="newAction" tone="secondary">
            {t("turnIntoAction")}
          </SubmitButton>
        </div>
      </Form>
      {openActions.length > 0 && (
        <Form action={followUpSignalAction} texts={texts} aria-label={t("linkAction")}>
          {hidden}
          <SelectField label={t("openAction")} {...fields.actionId} options={openActions.map((a) => ({ value: a.id, label: a.title }))} />
          <div>
            <SubmitButton name="kind" value="linkAction" tone="secondary">
              {t("linkAction")}
            </SubmitButton>
          </div>
        </Form>
      )}
      <Form action={followUpSignalAction} texts={texts} aria-label={t("close")}>
        {hidden}
        <TextField label={t("closingNote")} {...fields.note} autoComplete="off" />
        <div>
          <SubmitButton name="kind" value="close" tone="secondary">
            {t("close")}
          </SubmitButton>
        </div>
      </Form>
    </Section>
  );
}
