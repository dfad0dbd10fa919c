import { getTranslations } from "@/lib/i18n/server";
import { html } from "@/components/page/markup";
import type { listProgrammes } from "@/lib/admin/list-programmes";

type Programme = Awaited<ReturnType<typeof listProgrammes>>[number];

// Every programme on the site, with its member count: a site runs a hundred and more, so the
// list is prepared markup (components/page/markup.ts).
export async function ProgrammeList({ programmes }: { programmes: Programme[] }) {
  const t = await getTranslations("admin");
  if (programmes.length === 0) return <p>{t("noProgrammes")}</p>;
  const items = html`${programmes.map(
    (programme) =>
      html`<li class="card"><p class="font-semibold break-words">${programme.name}</p><p class="text-sm text-slate-700">${programme.neighbourhood} · ${programme.municipality} · ${t("members")}: ${programme.members}</p></li>`,
  )}`;
  return <ul className="grid grid-cols-1 gap-2 md:grid-cols-2" dangerouslySetInnerHTML={items} />;
}
