import { getTranslations } from "@/lib/i18n/server";
import { getViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/policy";
import { signOut } from "@/app/account/session-actions";
import { programmePlaces } from "@/lib/navigation/programme-places";
import { Icon } from "./icons";
import { LanguageSwitch } from "./language-switch";

// The header of every page, rendered by the layouts (app/programmes/[programmeId]/layout.tsx
// and the layouts of the other areas): who is signed in, the programme's navigation.
// Phones (issue 14): one compact row on top, and a bottom bar for thumbs with the places
// members use most (the start page and the `primary` programme places) plus a "More" menu
// (a <details>: works without JavaScript) holding everything else. From 40rem up: the
// full header with the programme's navigation row.
// Fast on a cheap phone (issue 10): the header is on every page and holds ~40 links, so
// they are plain <a> (no client router component to render, hydrate and prefetch each
// of them) with one short class each (app/globals.css: header-link, menu-link, bar-link),
// which the page's HTML and its inline RSC payload would otherwise both repeat.
export async function AppHeader({ programmeId }: { programmeId?: string }) {
  const viewer = await getViewer();
  const t = await getTranslations("common");
  const myActions = await getTranslations("myActions");
  const calendar = await getTranslations("calendar");
  const base = programmeId ? `/programmes/${programmeId}` : undefined;
  const account = await getTranslations("account");
  const admin = await getTranslations("admin");
  const all = await getTranslations();
  const current = viewer?.memberships.find((m) => m.programmeId === programmeId);
  // Outside a programme's pages the bottom bar leads to the member's (first) programme.
  const barProgramme = current ?? viewer?.memberships[0];
  const places = (programme: string) =>
    programmePlaces
      .filter((place) => !place.permission || (viewer && can(viewer, place.permission, programme)))
      .map((place) => ({ ...place, href: `/programmes/${programme}${place.path}`, text: all(place.label) }));
  const barPlaces = barProgramme ? places(barProgramme.programmeId) : [];
  const personal = viewer
    ? [
        { href: "/my/actions", text: myActions("title") },
        { href: "/account/calendar", text: calendar("title") },
        { href: "/account", text: account("nav") },
        ...(viewer.isAdmin ? [{ href: "/admin/programmes", text: admin("nav") }] : []),
      ]
    : [];
  const signOutForm = viewer && (
    <form action={signOut}>
      <button type="submit" className="min-h-11 rounded px-2 text-sm underline-offset-2 hover:underline">
        {t("signOut")}
      </button>
    </form>
  );

  return (
    <header className="border-b border-stone-300 bg-white text-slate-900">
      <Bands />
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-2 px-4 py-1 sm:flex-wrap sm:py-2">
        <Brand name={t("appName")}>{current && <span className="truncate text-sm font-medium text-slate-700 sm:hidden">· {current.programmeName}</span>}</Brand>
        {viewer && viewer.memberships.length > 1 && (
          <details className="relative hidden text-sm sm:block">
            <summary className="inline-flex min-h-11 cursor-pointer items-center px-2">
              {t("switchProgramme")}
              {current && `: ${current.programmeName}`}
            </summary>
            <ul className="absolute left-0 z-10 mt-1 flex w-64 max-w-[80vw] flex-col rounded-lg bg-white py-1 text-slate-900 shadow-lg ring-1 ring-slate-300">
              {viewer.memberships.map((m) => (
                <li key={m.programmeId}>
                  <a href={`/programmes/${m.programmeId}`} aria-current={m.programmeId === programmeId ? "page" : undefined} className="block px-3 py-2 text-slate-900 aria-[current=page]:font-bold">
                    {m.programmeName}
                  </a>
                </li>
              ))}
            </ul>
          </details>
        )}
        <div className="hidden flex-wrap items-center gap-x-2 sm:flex">
          {personal
            .filter((item) => item.href !== "/account/calendar")
            .map((item) => (
              <a key={item.text} href={item.href} className="header-link px-2 text-sm">
                {item.text}
              </a>
            ))}
          <LanguageSwitch />
          {signOutForm}
        </div>
        {/* Phones: language only in the header when signed out; the rest is in "More". */}
        {!viewer && (
          <div className="sm:hidden">
            <LanguageSwitch />
          </div>
        )}
      </div>
      {viewer && base && current && (
        <nav aria-label={t("mainNavigation")} className="hidden border-t border-stone-200 bg-stone-50 sm:block">
          <ul className="mx-auto flex max-w-5xl flex-wrap gap-1 px-2 text-sm">
            <LinkItems items={[...places(current.programmeId), { href: "/account/calendar", text: calendar("title") }]} className="header-link" />
          </ul>
        </nav>
      )}
      {viewer && (
        <nav aria-label={t("mainNavigation")} className="bottom-bar fixed inset-x-0 bottom-0 z-20 border-t border-stone-300 bg-white sm:hidden">
          <ul className="flex items-stretch">
            <li className="flex flex-1">
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- plain links in the header on purpose (see above) */}
              <a href="/" className="bar-link">
                <Icon name="home" />
                {t("phoneNav.start")}
              </a>
            </li>
            {barPlaces
              .filter((place) => place.primary)
              .map((place) => (
                <li key={place.text} className="flex flex-1">
                  <a href={place.href} className="bar-link">
                    <Icon name={place.icon ?? "overview"} />
                    {place.text}
                  </a>
                </li>
              ))}
            <li className="flex flex-1">
              <details className="group flex flex-1">
                <summary className="bar-link cursor-pointer list-none [&::-webkit-details-marker]:hidden">
                  <Icon name="menu" />
                  {t("phoneNav.more")}
                </summary>
                <div className="fixed inset-x-0 bottom-14 max-h-[75dvh] overflow-y-auto border-t border-stone-300 bg-white p-3 shadow-2xl">
                  <h2 className="px-3 pb-1 text-sm font-semibold text-slate-700">{t("phoneNav.moreTitle")}</h2>
                  <ul className="flex flex-col">
                    <LinkItems items={[...barPlaces.filter((place) => !place.primary), ...personal]} className="menu-link" />
                  </ul>
                  {viewer.memberships.length > 1 && (
                    <>
                      <h2 className="px-3 pt-3 pb-1 text-sm font-semibold text-slate-700">{t("switchProgramme")}</h2>
                      <ul className="flex flex-col">
                        {viewer.memberships.map((m) => (
                          <li key={m.programmeId}>
                            <a href={`/programmes/${m.programmeId}`} className="menu-link">
                              {m.programmeName}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  <div className="mt-2 flex flex-wrap items-center justify-between gap-2 border-t border-stone-200 px-1 pt-2">
                    <LanguageSwitch />
                    {signOutForm}
                  </div>
                </div>
              </details>
            </li>
          </ul>
        </nav>
      )}
    </header>
  );
}

// The header of the "not found" page. Next renders that page into every page's payload
// (it is the root layout's not-found boundary), so a full header there would double the
// header's HTML and rendering on every request (issue 10). It keeps what a member needs
// to go on: the way home and their own places; the programme's navigation is in the
// programme layout's header, which wraps programme pages that are not found.
export async function PersonalHeader() {
  const viewer = await getViewer();
  const t = await getTranslations();
  const links = viewer ? [{ href: "/my/actions", text: t("myActions.title") }, { href: "/account", text: t("account.nav") }] : [];
  return (
    <header className="border-b border-stone-300 bg-white text-slate-900">
      <Bands />
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-2 px-4 py-1">
        <Brand name={t("common.appName")} />
        {links.length > 0 && (
          <ul className="flex flex-wrap gap-x-2 text-sm">
            <LinkItems items={links} className="header-link px-2" />
          </ul>
        )}
      </div>
    </header>
  );
}

// The header's lists of places: one <li> with a plain link each (see AppHeader for why plain).
function LinkItems({ items, className }: { items: { href: string; text: string }[]; className: string }) {
  return items.map((item) => (
    <li key={item.text}>
      <a href={item.href} className={className}>
        {item.text}
      </a>
    </li>
  ));
}

// Three equal bands: police, municipality, community meet as equals.
function Bands() {
  return (
    <div aria-hidden="true" className="flex h-1.5">
      <span className="flex-1 bg-police" />
      <span className="flex-1 bg-municipality" />
      <span className="flex-1 bg-community" />
    </div>
  );
}

function Brand({ name, children }: { name: string; children?: React.ReactNode }) {
  return (
    // eslint-disable-next-line @next/next/no-html-link-for-pages -- plain links in the header on purpose (see AppHeader)
    <a href="/" className="inline-flex min-h-11 min-w-0 items-center gap-2 text-lg font-bold text-slate-900 no-underline">
      <Icon name="party" className="size-7 shrink-0 text-brand" />
      <span>{name}</span>
      {children}
    </a>
  );
}
