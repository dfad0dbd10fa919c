import { getTranslations } from "@/lib/i18n/server";
import { Card } from "@/components/page/card";
import type { listProgrammes } from "@/lib/admin/list-programmes";

type Programme = Awaited<ReturnType<typeof listProgrammes>>[number];

// Every programme on the site, with its member count.
export async function ProgrammeList({ programmes }: { programmes: Programme[] }) {
  const t = await getTranslations("admin");
  if (programmes.length === 0) return <p>{t("noProgrammes")}</p>;
  return (
    <ul className="grid grid-cols-1 gap-2 md:grid-cols-2">
      {programmes.map((programme) => (
        <Card as="li" key={programme.id}>
          <p className="font-semibold break-words">{programme.name}</p>
          <p className="text-sm text-slate-700">
            {programme.neighbourhood} · {programme.municipality} · {t("members")}: {programme.members}
          </p>
        </Card>
      ))}
    </ul>
  );
}
