import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import type { getMemberDirectory } from "@/lib/members/get-member-directory";
import { resendInvitationAction, revokeInvitationAction } from "@/app/programmes/[programmeId]/members/actions";

type Invitation = Awaited<ReturnType<typeof getMemberDirectory>>["invitations"][number];

// Invitations not yet accepted: send one again with a new link, or withdraw it.
export async function PendingInvitations({ programmeId, invitations }: { programmeId: string; invitations: Invitation[] }) {
  const t = await getTranslations("members");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const texts = await formTexts("members");
  const now = new Date();
  return (
    <Section id="pending" title={t("pendingInvitations")} card>
      {invitations.length === 0 ? (
        <p>{t("noPendingInvitations")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
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
                <Form action={resendInvitationAction} texts={texts} className="flex flex-col gap-1">
                  <HiddenFields values={{ programmeId, invitationId: invitation.id }} />
                  <SubmitButton>{t("resend")}</SubmitButton>
                </Form>
                <Form action={revokeInvitationAction} texts={texts} className="flex flex-col gap-1">
                  <HiddenFields values={{ programmeId, invitationId: invitation.id }} />
                  <SubmitButton tone="danger">{t("revoke")}</SubmitButton>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
