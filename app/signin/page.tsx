import { pageTitle } from "@/lib/i18n/page-title";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { Page } from "@/components/page/page";
import { DemoSignIn } from "@/components/signin/demo-sign-in";
import { SignInError } from "@/components/signin/sign-in-error";
import { SignInForm } from "@/components/signin/sign-in-form";
import { StaffSignIn } from "@/components/signin/staff-sign-in";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { oidcConfig } from "@/lib/auth/options";
import { getViewer } from "@/lib/auth/viewer";
import { isDemo } from "@/lib/env";

export const generateMetadata = pageTitle("common.signIn");

// Sign in by e-mail link; staff by single sign-on; on a demo, with one click.
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl: rawCallback, error } = await searchParams;
  const callbackUrl = safeRedirectPath(rawCallback);
  if (await getViewer()) redirect(callbackUrl);
  const t = await getTranslations("signin");
  return (
    <Page title={t("title")} intro={t("intro")} width="narrow">
      {error && <SignInError error={error} />}
      <SignInForm callbackUrl={callbackUrl} />
      {oidcConfig() !== null && <StaffSignIn callbackUrl={callbackUrl} />}
      {isDemo && <DemoSignIn callbackUrl={callbackUrl} />}
    </Page>
  );
}
