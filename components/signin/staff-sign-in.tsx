import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import { env } from "@/lib/env";

// Single sign-on for police and municipality staff. A plain form: app/api/oidc-sign-in
// starts next-auth's flow, no JavaScript needed.
export async function StaffSignIn({ callbackUrl }: { callbackUrl: string }) {
  const t = await getTranslations("signin");
  return (
    <Section id="staff" title={t("staff")}>
      <form method="post" action="/api/oidc-sign-in">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <button type="submit" className="inline-flex min-h-11 items-center rounded-lg bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-900">
          {t("oidc", { name: env.OIDC_NAME })}
        </button>
      </form>
    </Section>
  );
}
