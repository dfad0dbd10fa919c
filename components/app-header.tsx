import { getTranslations } from "@/lib/i18n/server";
import { getViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/policy";
import { signOut } from "@/app/account/session-actions";
import { programmePlaces } from "@/lib/navigation/programme-places";
import { html, type Markup } from "./page/markup";
import { iconMarkup } from "./icons";
import { LanguageSwitch } from "./language-switch";

// The header of every page, rendered by the layouts (app/programmes/[programmeId]/layout.tsx
// and the layouts of the other areas): who is signed in, the programme's navigation.
// One navigation for all widths (issue 10, decision 026): every place, the language form
// and sign-out are in the page once (only the bar's few places and, for members of several
// programmes, the programme list come twice), and CSS lays them out per width
// (app/globals.css, "The header's one navigation"):
// - phones (issue 14): one compact row on top, and a bottom bar for thumbs with the start
//   page, the `primary` programme places and "More", which opens a popover (works without
//   JavaScript) holding everything else;
// - from 40rem up: the same elements as the full header, personal places, language and
//   sign-out in the top row and the programme's places in a row below it.
// Fast on a cheap phone (issue 10): the header is on every page, so its links are plain <a>
// (no client router component to render, hydrate and prefetch each of them) with one short
// class each, in prepared markup (components/page/markup.ts): React renders every element
// twice (the HTML and the inline RSC payload), so only the two forms (language, sign-out)
// are React elements.
export async function AppHeader({ programmeId }: { programmeId?: string }) {
  const viewer = await getViewer();
  const t = await getTranslations();
  const current = viewer?.memberships.find((m) => m.programmeId === programmeId);
  if (!viewer)
    return (
      <header className="app-header">
        <div className="app-nav justify-between">
          <Brand name={t("common.appName")} />
          <LanguageSwitch />
        </div>
      </header>
    );
  // Outside a programme's pages the phone's bar and menu lead to the member's (first)
  // programme; wider screens show a programme's places only on its own pages.
  const programme = current ?? viewer.memberships[0];
  const places = programme
    ? programmePlaces
        .filter((place) => !place.permission || can(viewer, place.permission, programme.programmeId))
        .map((place) => ({ ...place, href: `/programmes/${programme.programmeId}${place.path}`, text: t(place.label) }))
    : [];
  const personal = [
    { href: "/my/actions", text: t("myActions.title") },
    { href: "/account/calendar", text: t("calendar.title") },
    { href: "/account", text: t("account.nav") },
    ...(viewer.isAdmin ? [{ href: "/admin/programmes", text: t("admin.nav") }] : []),
  ];

  const bar = html`<li class="flex flex-1"><a href="/" class="bar-link">${iconMarkup("home")}${t("common.phoneNav.start")}</a></li>${places
    .filter((place) => place.primary)
    .map(
      (place) => html`<li class="flex flex-1"><a href="${place.href}" class="bar-link">${iconMarkup(place.icon ?? "overview")}${place.text}</a></li>`,
    )}<li class="flex flex-1"><button type="button" popovertarget="nav-more" class="bar-link cursor-pointer">${iconMarkup("menu")}${t("common.phoneNav.more")}</button></li>`;
  // The bar already shows the primary places on phones.
  const placeLinks = html`${places.map((place) => html`<li${place.primary ? html` class="max-sm:hidden"` : ""}>${navLink(place)}</li>`)}`;
  // Members of several programmes: a drop-down in the wide top row; on phones the list itself,
  // in "More" (no second tap).
  const programmeLinks = html`${viewer.memberships.map(
    (m) => html`<li><a href="/programmes/${m.programmeId}"${m.programmeId === programmeId ? html` aria-current="page"` : ""} class="nav-link aria-[current=page]:font-bold">${m.programmeName}</a></li>`,
  )}`;
  const switchProgramme = html`<details class="max-sm:hidden"><summary class="nav-link cursor-pointer">${t("common.switchProgramme")}${current ? `: ${current.programmeName}` : ""}</summary><ul>${programmeLinks}</ul></details><h2 class="px-3 pt-3 pb-1 text-sm font-semibold text-slate-700 sm:hidden">${t("common.switchProgramme")}</h2><ul class="sm:hidden">${programmeLinks}</ul>`;

  return (
    <header className="app-header">
      <nav aria-label={t("common.mainNavigation")} className="app-nav">
        <Brand name={t("common.appName")} programmeName={current?.programmeName} />
        <ul className="nav-bar bottom-bar" dangerouslySetInnerHTML={bar} />
        <div id="nav-more" popover="auto" className="nav-more">
          <h2 className="px-3 pb-1 text-sm font-semibold text-slate-700 sm:hidden">{t("common.phoneNav.moreTitle")}</h2>
          {places.length > 0 && <ul className={current ? "nav-places" : "nav-places sm:hidden"} dangerouslySetInnerHTML={placeLinks} />}
          {viewer.memberships.length > 1 && <div className="nav-switch" dangerouslySetInnerHTML={switchProgramme} />}
          <ul className="nav-personal" dangerouslySetInnerHTML={linkItems(personal)} />
          <div className="nav-tools">
            <LanguageSwitch />
            <form action={signOut}>
              <button type="submit" className="min-h-11 rounded px-2 text-sm underline-offset-2 hover:underline">
                {t("common.signOut")}
              </button>
            </form>
          </div>
        </div>
      </nav>
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
  const content = html`<div class="app-nav justify-between"><a href="/" class="${brandClass}">${brand(t("common.appName"))}</a>${links.length > 0 ? html`<ul class="flex flex-wrap gap-x-2 text-sm">${linkItems(links)}</ul>` : ""}</div>`;
  return <header className="app-header" dangerouslySetInnerHTML={content} />;
}

type Place = { href: string; text: string };

// A plain link (see AppHeader for why plain), and a list's places: one <li> with a link each.
function navLink(place: Place): Markup {
  return html`<a href="${place.href}" class="nav-link">${place.text}</a>`;
}

function linkItems(places: Place[]): Markup {
  return html`${places.map((place) => html`<li>${navLink(place)}</li>`)}`;
}

// The way home: the app's mark and name (on phones also the programme's). A plain link, as
// every link of the header (see AppHeader).
const brandClass = "inline-flex min-h-11 min-w-0 items-center gap-2 text-lg font-bold text-slate-900 no-underline";

function brand(name: string, programmeName?: string): Markup {
  const programme = programmeName ? html`<span class="truncate text-sm font-medium text-slate-700 sm:hidden">· ${programmeName}</span>` : "";
  return html`${iconMarkup("party", "size-7 shrink-0 text-brand")}<span>${name}</span>${programme}`;
}

function Brand({ name, programmeName }: { name: string; programmeName?: string }) {
  // eslint-disable-next-line @next/next/no-html-link-for-pages -- plain links in the header on purpose (see AppHeader)
  return <a href="/" className={brandClass} dangerouslySetInnerHTML={brand(name, programmeName)} />;
}
