import { getLocale, getTranslations } from "@/lib/i18n/server";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { VersionInput } from "@/components/forms/version-input";
import { FormLink } from "@/components/page/form-link";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { groupChatInput } from "@/lib/members/membership-input";
import { setGroupChatUrlAction } from "@/app/programmes/[programmeId]/members/actions";

const fields = inputPropsOf(groupChatInput);

type Programme = { id: string; groupChatUrl: string | null; version: number };

// The programme's group chat link; those who manage members can replace it, from the form's
// link (seldom: docs/conventions.md).
export async function GroupChat({ programme, canManage, open }: { programme: Programme; canManage: boolean; open: boolean }) {
  const t = await getTranslations("members");
  return (
    <Section id="group-chat" title={t("groupChat")} card>
      {programme.groupChatUrl ? (
        <p>
          <a href={programme.groupChatUrl} rel="noopener noreferrer">
            {t("openGroupChat")}
          </a>
        </p>
      ) : (
        <p>{t("noGroupChat")}</p>
      )}
      {canManage && !open && <FormLink href={`/programmes/${programme.id}/members?form=group-chat#group-chat`}>{t("changeGroupChat")}</FormLink>}
      {canManage && open && (
        <Form action={setGroupChatUrlAction} texts={await formTexts("members")} className="flex flex-col gap-3">
          <HiddenFields values={{ programmeId: programme.id }} />
          <VersionInput version={programme.version} />
          <ConflictNotice heading={t("conflictHeading")} locale={await getLocale()} timeZone="UTC" rows={[{ key: "groupChatUrl", label: t("groupChatUrl") }]} />
          <TextField label={t("groupChatUrl")} hint={t("groupChatHint")} {...fields.groupChatUrl} type="url" inputMode="url" defaultValue={programme.groupChatUrl ?? ""} />
          <div>
            <SubmitButton>{t("saveGroupChat")}</SubmitButton>
          </div>
        </Form>
      )}
    </Section>
  );
}
