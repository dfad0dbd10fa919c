import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import { demoAccounts } from "@/lib/demo/demo-accounts";

// One-click sign-in as a demo person, on demo installations only. A plain HTML form
// posting to app/api/demo-sign-in: it needs no JavaScript.
export async function DemoSignIn({ callbackUrl }: { callbackUrl: string }) {
  const t = await getTranslations("signin");
  return (
    <div className="rounded-xl border border-amber-300 bg-amber-50 p-4">
      <Section id="demo" title={t("demoTitle")} hint={t("demoIntro")}>
        <form method="post" action="/api/demo-sign-in" className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          {demoAccounts.map((account) => (
            <button
              key={account.key}
              type="submit"
              name="account"
              value={account.key}
              className="inline-flex min-h-11 flex-col items-start rounded-lg bg-slate-800 px-4 py-2 text-left font-semibold text-white hover:bg-slate-900"
            >
              <span>{t(`demoRoles.${account.key}`)}</span>
              <span className="text-sm font-normal">{account.name}</span>
            </button>
          ))}
        </form>
      </Section>
    </div>
  );
}
