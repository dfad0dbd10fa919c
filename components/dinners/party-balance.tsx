import { getTranslations } from "@/lib/i18n/server";
import type { PartyBalance } from "@/lib/dinners/party-balance";
import { parties } from "@/lib/dinners/party-balance";

// "Police 2 · Municipality 1 · Community 0", missing parties stand out.
export async function PartyBalanceList({ balance, label }: { balance: PartyBalance; label: string }) {
  const common = await getTranslations("common");
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2 text-sm">
      {parties.map((party) => (
        <li key={party} className={`rounded-full px-3 py-1 ${balance[party] === 0 ? "bg-red-100 text-red-900" : "bg-slate-100 text-slate-900"}`}>
          {common(`parties.${party}`)}: <strong>{balance[party]}</strong>
        </li>
      ))}
    </ul>
  );
}
