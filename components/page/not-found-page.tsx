import { getTranslations } from "@/lib/i18n/server";
import { html } from "./markup";
import { pageClass } from "./page";

// Absent and denied look the same (loadForPage, routeHandler): in the member's language,
// with a way back. The header comes from around it (app/not-found.tsx, or the programme
// layout for a programme's pages). Next renders a layout's not-found boundary into EVERY
// page's payload, found or not (issue 10), so it is one element of prepared markup
// (decision 026) laid out as <Page width="narrow"> lays out a page.
export async function NotFoundPage() {
  const t = await getTranslations("common");
  const content = html`<div class="flex min-w-0 flex-col gap-1"><h1 class="text-2xl font-bold break-words">${t("notFoundTitle")}</h1><div class="text-slate-700">${t("notFoundBody")}</div></div><p><a href="/" class="inline-flex min-h-11 items-center">${t("home")}</a></p>`;
  return <main id="main" className={pageClass("narrow")} dangerouslySetInnerHTML={content} />;
}
