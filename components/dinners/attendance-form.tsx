import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { getAttendance } from "@/lib/dinners/get-attendance";
import { formTexts } from "@/lib/forms/form-texts";
import { recordAttendanceAction } from "@/app/programmes/[programmeId]/dinners/actions";

type Attendance = Awaited<ReturnType<typeof getAttendance>>;

// Who attended, ticked per member (those who said yes come ticked); saving marks the dinner held.
export async function AttendanceForm({ programmeId, attendance }: { programmeId: string; attendance: Attendance }) {
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  const { dinner } = attendance;
  return (
    <Form action={recordAttendanceAction} texts={await formTexts("dinners")}>
      <HiddenFields values={{ programmeId, dinnerId: dinner.id, version: dinner.version }} />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-2 font-medium">{t("whoAttended")}</legend>
        {attendance.members.map((member) => (
          <div key={member.membershipId} className="flex min-h-11 items-center gap-3 border-b border-slate-200 py-1">
            <input id={`attended-${member.membershipId}`} type="checkbox" name="attended" value={member.membershipId} defaultChecked={member.attended} className="size-6 shrink-0" />
            <label htmlFor={`attended-${member.membershipId}`} className="flex min-w-0 flex-1 flex-wrap justify-between gap-x-2">
              <span className="font-medium">{member.name}</span>
              <span className="text-sm text-slate-700">
                {common(`parties.${member.party}`)} · {common(`rsvp.${member.response ?? "none"}`)}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <div>
        <SubmitButton>{dinner.status === "HELD" ? t("saveAttendance") : t("saveAndMarkHeld")}</SubmitButton>
      </div>
    </Form>
  );
}
