import { getLocale, getTranslations } from "@/lib/i18n/server";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { VersionInput } from "@/components/forms/version-input";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import type { getMembership } from "@/lib/members/get-membership";
import { updateMembershipInput } from "@/lib/members/membership-input";
import { updateMembershipAction } from "@/app/programmes/[programmeId]/members/actions";
import { partyOptions, roleOptions } from "./membership-options";

type Membership = Awaited<ReturnType<typeof getMembership>>;

const fields = inputPropsOf(updateMembershipInput);

// A member's role, party and organisation, as a coordinator changes them.
export async function MembershipForm({ programmeId, membership }: { programmeId: string; membership: Membership }) {
  const t = await getTranslations("members");
  const parties = await partyOptions();
  const roles = await roleOptions();
  const values = (options: { value: string; label: string }[]) => Object.fromEntries(options.map((option) => [option.value, option.label]));
  return (
    <Form action={updateMembershipAction} texts={await formTexts("members")}>
      <HiddenFields values={{ programmeId, membershipId: membership.id }} />
      <VersionInput version={membership.version} />
      <ConflictNotice
        heading={t("conflictHeading")}
        locale={await getLocale()}
        timeZone="UTC"
        rows={[
          { key: "role", label: t("role"), values: values(roles) },
          { key: "party", label: t("party"), values: values(parties) },
          { key: "organisation", label: t("organisation") },
        ]}
      />
      <SelectField label={t("role")} {...fields.role} options={roles} defaultValue={membership.role} />
      <SelectField label={t("party")} {...fields.party} options={parties} defaultValue={membership.party} />
      <TextField label={t("organisation")} {...fields.organisation} defaultValue={membership.organisation ?? ""} />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </Form>
  );
}
