import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/policy";
import { signOut } from "@/app/account/session-actions";
import { LanguageSwitch } from "./language-switch";

// The header of every page, rendered by the layouts (app/programmes/[programmeId]/layout.tsx
// and the layouts of the other areas): who is signed in, the programme's navigation.
export async function AppHeader({ programmeId }: { programmeId?: string }) {
  const viewer = await getViewer();
  const t = await getTranslations("common");
  const myActions = await getTranslations("myActions");
  const polls = await getTranslations("polls");
  const calendar = await getTranslations("calendar");
  const base = programmeId ? `/programmes/${programmeId}` : undefined;
  const account = await getTranslations("account");
  const admin = await getTranslations("admin");
  const audit = await getTranslations("audit");
  const settings = await getTranslations("settings");
  const followUp = await getTranslations("followUp");
  const current = viewer?.memberships.find((m) => m.programmeId === programmeId);
  return (
    <header className="bg-blue-950 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="text-lg font-bold text-white">
          {t("appName")}
        </Link>
        {viewer && viewer.memberships.length > 1 && (
          <details className="relative text-sm">
            <summary className="inline-flex min-h-11 cursor-pointer items-center px-2">
              {t("switchProgramme")}
              {current && `: ${current.programmeName}`}
            </summary>
            <ul className="absolute left-0 z-10 mt-1 flex w-64 max-w-[80vw] flex-col rounded-lg bg-white py-1 text-slate-900 shadow-lg ring-1 ring-slate-300">
              {viewer.memberships.map((m) => (
                <li key={m.programmeId}>
                  <Link href={`/programmes/${m.programmeId}`} aria-current={m.programmeId === programmeId ? "page" : undefined} className="block px-3 py-2 text-slate-900 aria-[current=page]:font-bold">
                    {m.programmeName}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        )}
        <div className="flex flex-wrap items-center gap-x-2 [&_button]:text-white">
          {viewer && <Link href="/my/actions" className="inline-flex min-h-11 items-center px-2 text-sm text-white">{myActions("title")}</Link>}
          {viewer?.isAdmin && <Link href="/admin/programmes" className="inline-flex min-h-11 items-center px-2 text-sm text-white">{admin("nav")}</Link>}
          {viewer && <Link href="/account" className="inline-flex min-h-11 items-center px-2 text-sm text-white">{account("nav")}</Link>}
          <LanguageSwitch />
          {viewer && (
            <form action={signOut}>
              <button type="submit" className="min-h-11 rounded px-2 text-sm underline-offset-2 hover:underline">
                {t("signOut")}
              </button>
            </form>
          )}
        </div>
      </div>
      {viewer && base && current && (
        <nav aria-label={t("mainNavigation")} className="bg-blue-900">
          <ul className="mx-auto flex max-w-5xl gap-1 overflow-x-auto px-2 text-sm">
            {[
              { href: base, label: t("overview") },
              { href: `${base}/dinners`, label: t("dinners") },
              { href: `${base}/members`, label: t("members") },
              { href: `${base}/actions`, label: t("actions") },
              ...(can(viewer, "audit.view", programmeId!) ? [{ href: `${base}/audit`, label: audit("title") }] : []),
              { href: `${base}/follow-up`, label: followUp("title") },
              { href: `${base}/polls`, label: polls("nav") },
              { href: "/account/calendar", label: calendar("title") },
              ...(can(viewer, "programme.edit", programmeId!) ? [{ href: `${base}/settings`, label: settings("nav") }] : []),
            ].map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-flex min-h-11 items-center px-3 text-white">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
