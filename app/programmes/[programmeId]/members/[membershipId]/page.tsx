import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { CheckboxField } from "@/components/checkbox-field";
import { Field } from "@/components/field";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { getMembership } from "@/lib/members/get-membership";
import { endMembershipAction, updateMembershipAction } from "../actions";

export const generateMetadata = pageTitle("members.detailPageTitle");

export default async function MembershipPage({ params }: { params: Promise<{ programmeId: string; membershipId: string }> }) {
  const { programmeId, membershipId } = await params;
  const path = `/programmes/${programmeId}/members/${membershipId}`;
  const viewer = await requirePageViewer(path);
  const membership = await loadForPage(() => getMembership(viewer, programmeId, membershipId));
  const t = await getTranslations("members");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const errorTexts = await getErrorTexts("members");
  const name = membership.person.name;
  const parties = (["COMMUNITY", "POLICE", "MUNICIPALITY"] as const).map((value) => ({ value, label: common(`parties.${value}`) }));
  const roles = (["ALLY", "POLICE_LIAISON", "COORDINATOR"] as const).map((value) => ({ value, label: common(`roles.${value}`) }));

  return (
    <>
      <main id="main" className="mx-auto flex max-w-xl flex-col gap-6 p-4">
        <p>
          <Link href={`/programmes/${programmeId}/members`}>{t("back")}</Link>
        </p>
        <div>
          <h1 className="text-2xl font-bold break-words">{t("editTitle", { name })}</h1>
          <p className="text-slate-700">{t("joined", { date: format.dateTime(membership.joinedAt, { dateStyle: "long" }) })}</p>
        </div>
        <ActionForm action={updateMembershipAction} errorTexts={errorTexts} successText={t("saved")}>
          <input type="hidden" name="programmeId" value={programmeId} />
          <input type="hidden" name="membershipId" value={membership.id} />
          <input type="hidden" name="version" value={membership.version} />
          <SelectField label={t("role")} name="role" options={roles} defaultValue={membership.role} />
          <SelectField label={t("party")} name="party" options={parties} defaultValue={membership.party} />
          <Field label={t("organisation")} name="organisation" defaultValue={membership.organisation ?? ""} maxLength={200} />
          <div>
            <SubmitButton>{t("save")}</SubmitButton>
          </div>
        </ActionForm>

        <section aria-labelledby="end" className="flex flex-col gap-3 rounded-xl border border-red-300 bg-red-50 p-4">
          <h2 id="end" className="text-lg font-semibold">
            {t("endTitle")}
          </h2>
          <p>{t("endIntro", { name })}</p>
          <ActionForm action={endMembershipAction} errorTexts={errorTexts} className="flex flex-col gap-3">
            <input type="hidden" name="programmeId" value={programmeId} />
            <input type="hidden" name="membershipId" value={membership.id} />
            <input type="hidden" name="version" value={membership.version} />
            <CheckboxField label={t("endConfirm", { name })} name="confirm" value="yes" />
            <div>
              <SubmitButton className="bg-red-800 hover:bg-red-900">{t("end")}</SubmitButton>
            </div>
          </ActionForm>
        </section>
      </main>
    </>
  );
}

