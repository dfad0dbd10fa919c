import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { Commitment } from "@/components/invitations/commitment";
import { Page } from "@/components/page/page";
import { getInvitation } from "@/lib/invitations/get-invitation";

export const generateMetadata = pageTitle("invitations.pageTitle");

// Public: the token in the link is the credential. The form posts to the accept route
// handler, which the browser itself follows into the sign-in link (see decisions).
export default async function InvitationPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ error?: string }> }) {
  const { token } = await params;
  const { error } = await searchParams;
  const invitation = await getInvitation(token);
  const t = await getTranslations("invitations");
  const common = await getTranslations("common");

  if (!invitation || invitation.status !== "valid") {
    return (
      <Page title={t("unavailableTitle")} width="narrow">
        <p>{t(invitation?.status ?? "unknown")}</p>
        <p>
          <Link href="/signin">{t("signIn")}</Link>
        </p>
      </Page>
    );
  }

  const { programme } = invitation;
  const intro = { programme: programme.name, neighbourhood: programme.neighbourhood, municipality: programme.municipality, role: common(`roles.${invitation.role}`), party: common(`parties.${invitation.party}`) };
  return (
    <Page title={t("title", { programme: programme.name })} intro={<p className="text-lg text-slate-900">{t("greeting", { name: invitation.name })}</p>} width="narrow">
      <p>{t("intro", intro)}</p>
      <Commitment dinnersPerYear={programme.dinnersPerYearTarget} />
      <AcceptInvitationForm token={token} email={invitation.email} error={error} />
    </Page>
  );
}
