import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/viewer";
import { signOut } from "@/app/signin/actions";
import { LanguageSwitch } from "./language-switch";

export async function AppHeader({ viewer, programmeId, returnTo }: { viewer: Viewer | null; programmeId?: string; returnTo: string }) {
  const t = await getTranslations("common");
  const base = programmeId ? `/programmes/${programmeId}` : undefined;
  return (
    <header className="bg-blue-950 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="text-lg font-bold text-white">
          {t("appName")}
        </Link>
        <div className="flex items-center gap-2 [&_button]:text-white">
          <LanguageSwitch returnTo={returnTo} />
          {viewer && (
            <form action={signOut}>
              <button type="submit" className="min-h-11 rounded px-2 text-sm underline-offset-2 hover:underline">
                {t("signOut")}
              </button>
            </form>
          )}
        </div>
      </div>
      {viewer && base && (
        <nav aria-label={t("mainNavigation")} className="bg-blue-900">
          <ul className="mx-auto flex max-w-5xl gap-1 overflow-x-auto px-2 text-sm">
            {[
              { href: base, label: t("overview") },
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
