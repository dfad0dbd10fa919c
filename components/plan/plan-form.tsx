import { getLocale, getTranslations } from "@/lib/i18n/server";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { VersionInput } from "@/components/forms/version-input";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import type { getProgrammePlan } from "@/lib/plan/get-programme-plan";
import { goalFieldInput, goalPrefix, savePlanInput } from "@/lib/plan/plan-input";
import { topicLabel } from "@/lib/topics/topic-label";
import { reviewProgrammePlanAction, saveProgrammePlanAction } from "@/app/programmes/[programmeId]/plan/actions";
import { planParties } from "./plan-view";

type Plan = Awaited<ReturnType<typeof getProgrammePlan>>;
const fields = inputPropsOf(savePlanInput);
const goalField = inputPropsOf(goalFieldInput).goal;

// The coordinator's forms: change the plan (a new version), and the yearly review.
export async function PlanForms({ programmeId, plan }: { programmeId: string; plan: Plan }) {
  const t = await getTranslations("plan");
  const common = await getTranslations("common");
  const locale = await getLocale();
  const texts = await formTexts("plan");
  const { current } = plan;
  const goalOf = new Map(current?.goals.map((g) => [g.topicId, g.goal]) ?? []);
  return (
    <>
      {current && (
        <Section id="review" title={t("review")} hint={t("reviewIntro")} card>
          <Form action={reviewProgrammePlanAction} texts={texts}>
            <HiddenFields values={{ programmeId, version: current.version }} />
            <div>
              <SubmitButton tone="secondary">{t("reviewButton")}</SubmitButton>
            </div>
          </Form>
        </Section>
      )}
      <Section id="edit-plan" title={t("edit")} card>
        <Form action={saveProgrammePlanAction} texts={texts}>
          <HiddenFields values={{ programmeId }} />
          <VersionInput version={current?.version ?? 0} />
          <ConflictNotice heading={t("conflictHeading")} locale={locale} timeZone={plan.programme.timeZone} rows={[{ key: "vision", label: t("vision") }]} />
          <TextAreaField label={t("vision")} hint={t("visionHint")} {...fields.vision} defaultValue={current?.vision} />
          <fieldset className="flex flex-col gap-4">
            <legend className="mb-2 font-semibold">{t("goals")}</legend>
            {plan.topics.map((topic) => (
              <TextAreaField key={topic.id} label={t("goalFor", { topic: topicLabel(topic, common) })} {...goalField} name={`${goalPrefix}${topic.id}`} rows={2} defaultValue={goalOf.get(topic.id)} />
            ))}
          </fieldset>
          <fieldset className="flex flex-col gap-4">
            <legend className="mb-2 font-semibold">{t("roles")}</legend>
            {planParties.map(({ party, field }) => (
              <TextAreaField key={party} label={common(`parties.${party}`)} hint={t("roleHint")} {...fields[field]} rows={2} defaultValue={current?.[field]} />
            ))}
          </fieldset>
          <div>
            <SubmitButton>{t("save")}</SubmitButton>
          </div>
        </Form>
      </Section>
    </>
  );
}
