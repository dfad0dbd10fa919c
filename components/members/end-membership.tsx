import { getTranslations } from "@/lib/i18n/server";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { VersionInput } from "@/components/forms/version-input";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { endMembershipInput } from "@/lib/members/membership-input";
import { endMembershipAction } from "@/app/programmes/[programmeId]/members/actions";

const fields = inputPropsOf(endMembershipInput);

// Ending a membership, behind a confirmation: access ends at once.
export async function EndMembership({ programmeId, membership }: { programmeId: string; membership: { id: string; version: number; person: { name: string } } }) {
  const t = await getTranslations("members");
  const name = membership.person.name;
  return (
    <div className="rounded-xl border border-red-300 bg-red-50 p-4">
      <Section id="end" title={t("endTitle")}>
        <p>{t("endIntro", { name })}</p>
        <Form action={endMembershipAction} texts={await formTexts("members")} className="flex flex-col gap-3">
          <HiddenFields values={{ programmeId, membershipId: membership.id }} />
          <VersionInput version={membership.version} />
          <CheckboxField label={t("endConfirm", { name })} name={fields.confirm.name} />
          <div>
            <SubmitButton tone="danger">{t("end")}</SubmitButton>
          </div>
        </Form>
      </Section>
    </div>
  );
}
