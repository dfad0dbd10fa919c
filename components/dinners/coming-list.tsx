import { getTranslations } from "@/lib/i18n/server";
import { html } from "@/components/page/markup";
import type { Party } from "@/lib/generated/prisma/enums";

// Who is coming: first names and party only. Prepared markup (decision 026): one element
// however many are coming.
export async function ComingList({ coming, emptyText }: { coming: { firstName: string; party: Party }[]; emptyText: string }) {
  const common = await getTranslations("common");
  if (coming.length === 0) return <p className="text-slate-700">{emptyText}</p>;
  const items = html`${coming.map((person) => html`<li class="rounded-lg bg-blue-50 px-2 py-1 text-sm">${person.firstName} <span class="text-slate-700">(${common(`parties.${person.party}`)})</span></li>`)}`;
  return <ul className="flex flex-wrap gap-2" dangerouslySetInnerHTML={items} />;
}
