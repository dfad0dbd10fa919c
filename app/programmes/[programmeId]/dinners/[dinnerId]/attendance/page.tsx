import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { SubmitButton } from "@/components/submit-button";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getAttendance } from "@/lib/dinners/get-attendance";
import { recordAttendanceAction } from "../../actions";
import { dinnerErrorTexts } from "../../form-texts";

export const generateMetadata = pageTitle("dinners.attendanceTitle");

export default async function AttendancePage({ params }: { params: Promise<{ programmeId: string; dinnerId: string }> }) {
  const { programmeId, dinnerId } = await params;
  const dinnerPath = `/programmes/${programmeId}/dinners/${dinnerId}`;
  const path = `${dinnerPath}/attendance`;
  const viewer = await requirePageViewer(path);
  const data = await loadForPage(() => getAttendance(viewer, programmeId, dinnerId));
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { dinner } = data;

  return (
    <>
      <main id="main" className="mx-auto flex max-w-2xl flex-col gap-4 p-4">
        <p>
          <Link href={dinnerPath}>← {t("backToDinner")}</Link>
        </p>
        <h1 className="text-2xl font-bold">{t("attendanceTitle")}</h1>
        <p className="text-lg">
          {format.dateTime(dinner.startsAt, { timeZone: data.programme.timeZone, dateStyle: "full", timeStyle: "short" })} · {dinner.venueName}
        </p>
        {dinner.status === "CANCELLED" ? (
          <p role="status">{t("errors.dinnerCancelled")}</p>
        ) : !data.started ? (
          <p role="status">{t("errors.notStarted")}</p>
        ) : (
          <ActionForm action={recordAttendanceAction} errorTexts={await dinnerErrorTexts()}>
            <input type="hidden" name="programmeId" value={programmeId} />
            <input type="hidden" name="dinnerId" value={dinnerId} />
            <input type="hidden" name="version" value={dinner.version} />
            <fieldset className="flex flex-col gap-1">
              <legend className="mb-2 font-medium">{t("whoAttended")}</legend>
              {data.members.map((member) => (
                <div key={member.membershipId} className="flex min-h-11 items-center gap-3 border-b border-slate-200 py-1">
                  <input id={`attended-${member.membershipId}`} type="checkbox" name="attended" value={member.membershipId} defaultChecked={member.attended} className="size-6 shrink-0" />
                  <label htmlFor={`attended-${member.membershipId}`} className="flex min-w-0 flex-1 flex-wrap justify-between gap-x-2">
                    <span className="break-words font-medium">{member.name}</span>
                    <span className="text-sm text-slate-700">
                      {common(`parties.${member.party}`)} · {common(`rsvp.${member.response ?? "none"}`)}
                    </span>
                  </label>
                </div>
              ))}
            </fieldset>
            <SubmitButton>{dinner.status === "HELD" ? t("saveAttendance") : t("saveAndMarkHeld")}</SubmitButton>
          </ActionForm>
        )}
      </main>
    </>
  );
}
