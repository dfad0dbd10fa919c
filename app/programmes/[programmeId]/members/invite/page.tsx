import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { authorize } from "@/lib/auth/policy";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { inviteMemberAction } from "../actions";

export const generateMetadata = pageTitle("members.inviteTitle");

export default async function InvitePage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const path = `/programmes/${programmeId}/members/invite`;
  const viewer = await requirePageViewer(path);
  await loadForPage(async () => authorize(viewer, "members.manage", programmeId));
  const t = await getTranslations("members");
  const common = await getTranslations("common");
  const locale = await getLocale();
  const errorTexts = await getErrorTexts("members");
  const parties = (["COMMUNITY", "POLICE", "MUNICIPALITY"] as const).map((value) => ({ value, label: common(`parties.${value}`) }));
  const roles = (["ALLY", "POLICE_LIAISON", "COORDINATOR"] as const).map((value) => ({ value, label: common(`roles.${value}`) }));
  const languages = (["nl", "en"] as const).map((value) => ({ value, label: t(`languages.${value}`) }));

  return (
    <>
      <main id="main" className="mx-auto flex max-w-xl flex-col gap-4 p-4">
        <p>
          <Link href={`/programmes/${programmeId}/members`}>{t("back")}</Link>
        </p>
        <h1 className="text-2xl font-bold">{t("inviteTitle")}</h1>
        <p>{t("inviteIntro")}</p>
        <ActionForm action={inviteMemberAction} errorTexts={errorTexts}>
          <input type="hidden" name="programmeId" value={programmeId} />
          <Field label={t("name")} name="name" required maxLength={200} autoComplete="off" />
          <Field label={t("email")} name="email" type="email" required maxLength={254} autoComplete="off" />
          <SelectField label={t("party")} name="party" options={parties} />
          <SelectField label={t("role")} name="role" options={roles} />
          <Field label={t("organisation")} name="organisation" maxLength={200} />
          <SelectField label={t("language")} name="locale" options={languages} defaultValue={locale} />
          <div>
            <SubmitButton>{t("send")}</SubmitButton>
          </div>
        </ActionForm>
      </main>
    </>
  );
}
