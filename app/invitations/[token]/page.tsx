import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/app-header";
import { SubmitButton } from "@/components/submit-button";
import { getViewer } from "@/lib/auth/viewer";
import { getInvitation } from "@/lib/invitations/get-invitation";

export const generateMetadata = pageTitle("invitations.pageTitle");

// Public: the token in the link is the credential. A plain form posts to the accept route
// handler, which the browser itself follows into the sign-in link (see decisions).
export default async function InvitationPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ error?: string }> }) {
  const { token } = await params;
  const { error } = await searchParams;
  const [viewer, invitation] = await Promise.all([getViewer(), getInvitation(token)]);
  const t = await getTranslations("invitations");
  const common = await getTranslations("common");
  const returnTo = `/invitations/${encodeURIComponent(token)}`;

  if (!invitation || invitation.status !== "valid") {
    return (
      <>
        <AppHeader />
        <main id="main" className="mx-auto flex max-w-xl flex-col gap-4 p-4">
          <h1 className="text-2xl font-bold">{t("unavailableTitle")}</h1>
          <p>{t(invitation?.status ?? "unknown")}</p>
          <p>
            <Link href="/signin">{t("signIn")}</Link>
          </p>
        </main>
      </>
    );
  }

  const { programme } = invitation;
  const errorText = error === "phone" ? t("errors.phone") : error ? t("errors.unavailable") : undefined;
  return (
    <>
      <AppHeader />
      <main id="main" className="mx-auto flex max-w-xl flex-col gap-5 p-4">
        <div>
          <h1 className="text-2xl font-bold break-words">{t("title", { programme: programme.name })}</h1>
          <p className="mt-1 text-lg">{t("greeting", { name: invitation.name })}</p>
        </div>
        <p>
          {t("intro", {
            programme: programme.name,
            neighbourhood: programme.neighbourhood,
            municipality: programme.municipality,
            role: common(`roles.${invitation.role}`),
            party: common(`parties.${invitation.party}`),
          })}
        </p>
        <section aria-labelledby="commitment" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="commitment" className="text-lg font-semibold">
            {t("commitmentTitle")}
          </h2>
          <ul className="mt-2 flex list-disc flex-col gap-2 pl-5">
            <li>{t("commitment.dinners", { count: programme.dinnersPerYearTarget })}</li>
            <li>{t("commitment.followThrough")}</li>
            <li>{t("commitment.contact")}</li>
            <li>{t("commitment.confidentiality")}</li>
          </ul>
        </section>
        <form method="post" action={`/invitations/${encodeURIComponent(token)}/accept`} className="flex flex-col gap-4">
          {errorText && (
            <p role="alert" className="rounded-lg bg-red-100 p-3 text-red-900">
              {errorText}
            </p>
          )}
          <p className="text-sm text-slate-700 break-words">{t("acceptedFor", { email: invitation.email })}</p>
          <div className="flex flex-col gap-1">
            <label htmlFor="phone" className="font-medium">
              {t("phone")}
            </label>
            <p id="phone-hint" className="text-sm text-slate-600">
              {t("phoneHint")}
            </p>
            <input
              id="phone"
              name="phone"
              type="tel"
              autoComplete="tel"
              maxLength={40}
              aria-describedby="phone-hint"
              aria-invalid={error === "phone" ? true : undefined}
              className="min-h-11 rounded-lg border border-slate-500 bg-white px-3 py-2"
            />
          </div>
          <div className="flex items-start gap-3">
            <input id="consent" type="checkbox" name="consentToSharePhone" value="yes" className="mt-1 size-5 shrink-0" />
            <label htmlFor="consent">{t("consent")}</label>
          </div>
          <div>
            <SubmitButton>{t("accept")}</SubmitButton>
          </div>
        </form>
      </main>
    </>
  );
}
