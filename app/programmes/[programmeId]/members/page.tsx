import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { listPendingInvitations } from "@/lib/invitations/list-pending-invitations";
import { getMemberDirectory } from "@/lib/members/get-member-directory";
import { resendInvitationAction, revokeInvitationAction, setGroupChatUrlAction } from "./actions";

export const generateMetadata = pageTitle("members.title");

export default async function MembersPage({ params, searchParams }: { params: Promise<{ programmeId: string }>; searchParams: Promise<{ invited?: string }> }) {
  const { programmeId } = await params;
  const { invited } = await searchParams;
  const path = `/programmes/${programmeId}/members`;
  const viewer = await requirePageViewer(path);
  const directory = await loadForPage(() => getMemberDirectory(viewer, programmeId));
  const invitations = directory.canManage ? await loadForPage(() => listPendingInvitations(viewer, programmeId)) : [];
  const t = await getTranslations("members");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const errorTexts = await getErrorTexts("members");
  const { programme, members, canManage } = directory;
  const now = new Date();

  return (
    <>
      <main id="main" className="mx-auto flex max-w-5xl flex-col gap-6 p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          {canManage && (
            <Link href={`${path}/invite`} className="inline-flex min-h-11 items-center rounded-lg bg-blue-800 px-4 font-semibold text-white no-underline hover:bg-blue-900">
              {t("invite")}
            </Link>
          )}
        </div>
        {invited && (
          <p role="status" className="rounded-lg bg-green-100 p-3 text-green-900">
            {t("invited")}
          </p>
        )}

        <section aria-labelledby="group-chat" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="group-chat" className="text-lg font-semibold">
            {t("groupChat")}
          </h2>
          {programme.groupChatUrl ? (
            <p className="mt-2">
              <a href={programme.groupChatUrl} rel="noopener noreferrer">
                {t("openGroupChat")}
              </a>
            </p>
          ) : (
            <p className="mt-2">{t("noGroupChat")}</p>
          )}
          {canManage && (
            <ActionForm action={setGroupChatUrlAction} errorTexts={errorTexts} successText={t("groupChatSaved")} className="mt-3 flex flex-col gap-3">
              <input type="hidden" name="programmeId" value={programmeId} />
              <input type="hidden" name="version" value={programme.version} />
              <Field label={t("groupChatUrl")} hint={t("groupChatHint")} name="groupChatUrl" type="url" inputMode="url" defaultValue={programme.groupChatUrl ?? ""} maxLength={500} />
              <div>
                <SubmitButton>{t("saveGroupChat")}</SubmitButton>
              </div>
            </ActionForm>
          )}
        </section>

        <section aria-labelledby="directory" className="flex flex-col gap-2">
          <h2 id="directory" className="text-lg font-semibold">
            {t("title")} ({members.length})
          </h2>
          <p className="text-sm text-slate-700">{t("contactsNotice")}</p>
          <ul className="grid grid-cols-1 gap-2 md:grid-cols-2">
            {members.map((member) => (
              <li key={member.membershipId} className="flex flex-col gap-1 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <p className="font-semibold">
                  {member.name}
                  {member.isYou && <span className="font-normal text-slate-700"> ({t("you")})</span>}
                </p>
                <p className="text-sm text-slate-700">
                  {common(`roles.${member.role}`)} · {common(`parties.${member.party}`)}
                  {member.organisation && ` · ${member.organisation}`}
                </p>
                {member.phone ? (
                  <p>
                    <span className="sr-only">{t("phone")}: </span>
                    <a href={`tel:${member.phone.replace(/[^+\d]/g, "")}`}>{member.phone}</a>
                  </p>
                ) : (
                  <p className="text-sm text-slate-600">{t("noPhone")}</p>
                )}
                {canManage && (
                  <p>
                    <Link href={`${path}/${member.membershipId}`} className="text-sm">
                      {t("edit", { name: member.name })}
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>

        {canManage && (
          <section aria-labelledby="pending" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="pending" className="text-lg font-semibold">
              {t("pendingInvitations")}
            </h2>
            {invitations.length === 0 ? (
              <p className="mt-2">{t("noPendingInvitations")}</p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-200">
                {invitations.map((invitation) => (
                  <li key={invitation.id} className="flex flex-col gap-2 py-3">
                    <div>
                      <p className="font-medium break-words">
                        {invitation.name} · {invitation.email}
                      </p>
                      <p className="text-sm text-slate-700">
                        {common(`roles.${invitation.role}`)} · {common(`parties.${invitation.party}`)} ·{" "}
                        {invitation.expiresAt <= now ? t("expired") : t("expires", { date: format.dateTime(invitation.expiresAt, { dateStyle: "medium" }) })}
                      </p>
                    </div>
                    <div className="flex flex-wrap gap-2">
                      <ActionForm action={resendInvitationAction} errorTexts={errorTexts} successText={t("resent")} className="flex flex-col gap-1">
                        <input type="hidden" name="programmeId" value={programmeId} />
                        <input type="hidden" name="invitationId" value={invitation.id} />
                        <SubmitButton>{t("resend")}</SubmitButton>
                      </ActionForm>
                      <ActionForm action={revokeInvitationAction} errorTexts={errorTexts} successText={t("revoked")} className="flex flex-col gap-1">
                        <input type="hidden" name="programmeId" value={programmeId} />
                        <input type="hidden" name="invitationId" value={invitation.id} />
                        <SubmitButton className="bg-red-800 hover:bg-red-900">{t("revoke")}</SubmitButton>
                      </ActionForm>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </main>
    </>
  );
}
