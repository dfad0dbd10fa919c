import { getTranslations } from "@/lib/i18n/server";
import { ChoiceField } from "@/components/forms/choice-field";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { answerPulseAction } from "@/app/pulse/actions";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { answerPulseInput } from "@/lib/signals/signal-input";
import { levelKey, levels } from "./level-text";

const fields = inputPropsOf(answerPulseInput);

// The pulse answer: the step tapped in the e-mail already chosen, an optional remark,
// and the button that counts it.
export async function PulseAnswerForm({ token, level }: { token: string; level?: string }) {
  const t = await getTranslations("signals");
  return (
    <Form action={answerPulseAction} texts={await formTexts("signals")}>
      <HiddenFields values={{ token }} />
      <ChoiceField legend={t("pulseQuestion")} {...fields.level} required defaultValue={level} layout="column" options={levels.map((n) => ({ value: String(n), label: `${n} – ${t(levelKey(n))}` }))} />
      <TextAreaField label={t("pulseRemark")} hint={t("pulseRemarkHint")} {...fields.remark} rows={2} />
      <p className="text-sm text-slate-700">{t("pulseAnonymous")}</p>
      <div>
        <SubmitButton>{t("pulseCount")}</SubmitButton>
      </div>
    </Form>
  );
}
