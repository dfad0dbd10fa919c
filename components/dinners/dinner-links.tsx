import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import type { getDinner } from "@/lib/dinners/get-dinner";

type DinnerData = Awaited<ReturnType<typeof getDinner>>;

// Onward from a dinner: its agenda, the calendar file and, for planners, editing and attendance.
export async function DinnerLinks({ path, data }: { path: string; data: DinnerData }) {
  const t = await getTranslations("dinners");
  const { status } = data.dinner;
  const link = "inline-flex min-h-11 items-center";
  return (
    <nav aria-label={t("dinnerLinks")} className="flex flex-wrap gap-x-4 gap-y-1">
      <Link href={`${path}/agenda`} className={link}>
        {t("agenda")}
      </Link>
      <a href={`${path}/calendar.ics`} className={link}>
        {t("addToCalendar")}
      </a>
      {data.canPlan && status === "PLANNED" && (
        <Link href={`${path}/edit`} className={link}>
          {t("editOrCancel")}
        </Link>
      )}
      {data.canRecordAttendance && data.started && status !== "CANCELLED" && (
        <Link href={`${path}/attendance`} className={link}>
          {status === "HELD" ? t("correctAttendance") : t("recordAttendance")}
        </Link>
      )}
    </nav>
  );
}
