import { pageTitle } from "@/lib/i18n/page-title";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { AttendanceForm } from "@/components/dinners/attendance-form";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getAttendance } from "@/lib/dinners/get-attendance";

export const generateMetadata = pageTitle("dinners.attendanceTitle");

// Who attended a dinner that has started; saving marks it held.
export default async function AttendancePage({ params }: { params: Promise<{ programmeId: string; dinnerId: string }> }) {
  const { programmeId, dinnerId } = await params;
  const dinnerPath = `/programmes/${programmeId}/dinners/${dinnerId}`;
  const viewer = await requirePageViewer(`${dinnerPath}/attendance`);
  const data = await loadForPage(() => getAttendance(viewer, programmeId, dinnerId));
  const t = await getTranslations("dinners");
  const format = await getFormatter();
  const { dinner } = data;

  return (
    <Page
      title={t("attendanceTitle")}
      intro={`${format.dateTime(dinner.startsAt, { timeZone: data.programme.timeZone, dateStyle: "full", timeStyle: "short", hourCycle: "h23" })} · ${dinner.venueName}`}
      back={{ href: dinnerPath, label: t("backToDinner") }}
      width="narrow"
    >
      {dinner.status === "CANCELLED" ? (
        <p role="status">{t("answers.dinnerCancelled")}</p>
      ) : !data.started ? (
        <p role="status">{t("answers.notStarted")}</p>
      ) : (
        <AttendanceForm programmeId={programmeId} attendance={data} />
      )}
    </Page>
  );
}
