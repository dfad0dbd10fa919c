import { getTranslations } from "@/lib/i18n/server";
import { html } from "@/components/page/markup";
import type { PartyBalance } from "@/lib/dinners/party-balance";
import { parties } from "@/lib/dinners/party-balance";

// "Police 2 · Municipality 1 · Community 0", missing parties stand out. Prepared markup
// (decision 026): the dinners year shows one per dinner.
export async function PartyBalanceList({ balance, label }: { balance: PartyBalance; label: string }) {
  const common = await getTranslations("common");
  const items = html`${parties.map(
    (party) => html`<li class="rounded-full px-3 py-1 ${balance[party] === 0 ? "bg-red-100 text-red-900" : "bg-slate-100 text-slate-900"}">${common(`parties.${party}`)}: <strong>${balance[party]}</strong></li>`,
  )}`;
  return <ul aria-label={label} className="flex flex-wrap gap-2 text-sm" dangerouslySetInnerHTML={items} />;
}
