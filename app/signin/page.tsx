import { pageTitle } from "@/lib/i18n/page-title";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/app-header";
import { safeCallbackPath } from "@/lib/auth/magic-link";
import { oidcConfig } from "@/lib/auth/options";
import { getViewer } from "@/lib/auth/viewer";
import { demoAccounts } from "@/lib/demo/demo-accounts";
import { env, isDemo } from "@/lib/env";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { DemoSignIn } from "./demo-sign-in";
import { SignInForm } from "./sign-in-form";

export const generateMetadata = pageTitle("common.signIn");

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl: rawCallback, error } = await searchParams;
  const callbackUrl = safeCallbackPath(rawCallback);
  if (await getViewer()) redirect(callbackUrl);
  const t = await getTranslations("signin");
  const errorTexts = await getErrorTexts();
  const oidcEnabled = oidcConfig() !== null;
  return (
    <>
      <AppHeader />
      <main id="main" className="mx-auto flex max-w-xl flex-col gap-6 p-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {error && (
          <p role="alert" className="rounded-lg bg-red-100 p-3 text-red-900">
            {error === "OAuthCreateAccount" ? t("oidcUnknown") : /^OAuth|^Callback$/.test(error) ? t("oidcFailed") : t("error")}
          </p>
        )}
        <section className="flex flex-col gap-3">
          <p>{t("intro")}</p>
          <SignInForm labels={{ email: t("email"), send: t("send") }} errorTexts={errorTexts} callbackUrl={callbackUrl} />
        </section>
        {oidcEnabled && (
          <section className="flex flex-col gap-2">
            <h2 className="text-lg font-semibold">{t("staff")}</h2>
            {/* A plain form: app/api/oidc-sign-in starts next-auth's flow, no JavaScript needed. */}
            <form method="post" action="/api/oidc-sign-in">
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <button type="submit" className="inline-flex min-h-11 items-center rounded-lg bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-900">
                {t("oidc", { name: env.OIDC_NAME })}
              </button>
            </form>
          </section>
        )}
        {isDemo && (
          <section className="flex flex-col gap-3 rounded-xl border border-amber-300 bg-amber-50 p-4">
            <h2 className="text-lg font-semibold">{t("demoTitle")}</h2>
            <p>{t("demoIntro")}</p>
            <DemoSignIn
              callbackUrl={callbackUrl}
              accounts={demoAccounts.map((a) => ({ key: a.key, name: a.name, label: t(`demoRoles.${a.key}`) }))}
            />
          </section>
        )}
      </main>
    </>
  );
}
