import { getLocale, getTranslations } from "@/lib/i18n/server";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { VersionInput } from "@/components/forms/version-input";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import type { getPrivacyOverview } from "@/lib/privacy/get-privacy-overview";
import { choosableKinds } from "@/lib/privacy/personal-data";
import { saveRetentionInput } from "@/lib/privacy/retention-input";
import { saveRetentionChoicesAction } from "@/app/programmes/[programmeId]/privacy/actions";

type Overview = Awaited<ReturnType<typeof getPrivacyOverview>>;
const fields = inputPropsOf(saveRetentionInput);

// The coordinator chooses this programme's periods, each within its bounds.
export async function RetentionForm({ programmeId, overview }: { programmeId: string; overview: Overview }) {
  const t = await getTranslations("privacy");
  const locale = await getLocale();
  const daysOf = new Map(overview.kinds.map((kind) => [kind.key, kind.days]));
  return (
    <Section id="choose" title={t("choose")} hint={t("chooseIntro")} card>
      <Form action={saveRetentionChoicesAction} texts={await formTexts("privacy")}>
        <HiddenFields values={{ programmeId }} />
        <VersionInput version={overview.programme.version} />
        <ConflictNotice heading={t("conflictHeading")} locale={locale} timeZone="UTC" rows={[]} />
        {choosableKinds.map((kind) => (
          <TextField
            key={kind.key}
            type="number"
            inputMode="numeric"
            label={t("periodLabel", { what: t(`kinds.${kind.key}.what`), min: kind.retention.minDays, max: kind.retention.maxDays })}
            {...fields[kind.key]}
            defaultValue={String(daysOf.get(kind.key) ?? kind.retention.defaultDays)}
          />
        ))}
        <div>
          <SubmitButton>{t("save")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}
