import { getTranslations } from "@/lib/i18n/server";
import type { Party } from "@/lib/generated/prisma/enums";

// Who is coming: first names and party only.
export async function ComingList({ coming, emptyText }: { coming: { firstName: string; party: Party }[]; emptyText: string }) {
  const common = await getTranslations("common");
  if (coming.length === 0) return <p className="text-slate-700">{emptyText}</p>;
  return (
    <ul className="flex flex-wrap gap-2">
      {coming.map((person, index) => (
        <li key={index} className="rounded-lg bg-blue-50 px-2 py-1 text-sm">
          {person.firstName} <span className="text-slate-700">({common(`parties.${person.party}`)})</span>
        </li>
      ))}
    </ul>
  );
}
