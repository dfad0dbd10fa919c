import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";

// Above the poll: "your answers are saved" after saving, or that it is closed (and its dinner).
export async function PollNotices({ programmeId, saved, dinnerId, closed }: { programmeId: string; saved: boolean; dinnerId: string | null; closed: boolean }) {
  const t = await getTranslations("polls");
  return (
    <>
      {saved && (
        <p role="status" className="rounded-lg bg-green-100 p-3 text-green-900">
          {t("answersSaved")}
        </p>
      )}
      {closed && (
        <p className="rounded-lg bg-slate-100 p-3">
          {t("closed")} {dinnerId && <Link href={`/programmes/${programmeId}/dinners/${dinnerId}`}>{t("closedDinner")}</Link>}
        </p>
      )}
    </>
  );
}
