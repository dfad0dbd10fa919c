import { getFormatter, getLocale, getTranslations } from "@/lib/i18n/server";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { VersionInput } from "@/components/forms/version-input";
import { Card } from "@/components/page/card";
import { FormLink } from "@/components/page/form-link";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import type { getReadiness } from "@/lib/readiness/get-readiness";
import { saveReadinessPointInput } from "@/lib/readiness/readiness-input";
import { saveReadinessPointAction } from "@/app/programmes/[programmeId]/readiness/actions";

type Readiness = Awaited<ReturnType<typeof getReadiness>>;
const fields = inputPropsOf(saveReadinessPointInput);
const statuses = ["NOT_STARTED", "IN_PROGRESS", "DONE"] as const;
const badge = { NOT_STARTED: "bg-slate-100 text-slate-900 ring-slate-500", IN_PROGRESS: "bg-amber-50 text-amber-950 ring-amber-700", DONE: "bg-green-50 text-green-900 ring-green-700" } as const;

// One phase of the ten points ("be prepared", or "if there are signals"), each point with
// its status, notes and last review. The coordinator edits one point at a time: its form
// opens from the point's link (`?edit=<point>#point-<point>`, no JavaScript needed), so the
// page everyone reads is not ten forms (decision 028).
export async function ReadinessPhase({ programmeId, readiness, phase, editing }: { programmeId: string; readiness: Readiness; phase: "prepared" | "signals"; editing: number | null }) {
  const t = await getTranslations("readiness");
  const format = await getFormatter();
  const locale = await getLocale();
  const texts = await formTexts("readiness");
  const { timeZone } = readiness.programme;
  const points = readiness.points.filter((p) => p.phase === phase);
  // Only a coordinator's `?edit=` opens a form; anyone else reads every point as it is.
  const open = readiness.canEdit ? editing : null;
  return (
    <Section id={`phase-${phase}`} title={t(phase)} hint={phase === "signals" ? t("caseWork") : undefined}>
      <ol className="flex flex-col gap-3">
        {points.map((p) => (
          <Card as="li" key={p.point} id={`point-${p.point}`}>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="min-w-0 font-semibold break-words">
                <span className="block text-sm font-medium text-blue-900">{t("pointTitle", { point: p.point })}</span>
                {t(`points.${p.point}`)}
              </h3>
              <span className={`rounded-full px-2 py-0.5 text-sm font-medium ring-1 ${badge[p.status]}`}>{t(`statuses.${p.status}`)}</span>
            </div>
            <p className="mt-1 text-sm text-slate-700">{p.reviewedAt ? t("lastReviewed", { date: format.dateTime(p.reviewedAt, { timeZone, day: "numeric", month: "long", year: "numeric" }) }) : t("neverReviewed")}</p>
            {!p.caseWork && open !== p.point && <p className="mt-2 whitespace-pre-line break-words">{p.notes || t("noNotes")}</p>}
            {readiness.canEdit && open !== p.point && (
              <FormLink href={`/programmes/${programmeId}/readiness?edit=${p.point}#point-${p.point}`}>{t("edit", { point: p.point })}</FormLink>
            )}
            {open === p.point && (
              <Form action={saveReadinessPointAction} texts={texts} className="mt-3 flex flex-col gap-4">
                <HiddenFields values={{ programmeId, point: p.point }} />
                <VersionInput version={p.version} />
                <ConflictNotice heading={t("conflictHeading")} locale={locale} timeZone={timeZone} rows={[{ key: "notes", label: t("notes") }]} />
                <SelectField
                  label={`${t("status")} (${t("pointTitle", { point: p.point })})`}
                  {...fields.status}
                  defaultValue={p.status}
                  options={statuses.map((value) => ({ value, label: t(`statuses.${value}`) }))}
                />
                {p.caseWork ? (
                  <input type="hidden" name="notes" value="" />
                ) : (
                  <TextAreaField label={`${t("notes")} (${t("pointTitle", { point: p.point })})`} hint={t("notesHint")} {...fields.notes} rows={3} defaultValue={p.notes} />
                )}
                <div>
                  <SubmitButton tone="secondary">{t("save", { point: p.point })}</SubmitButton>
                </div>
              </Form>
            )}
          </Card>
        ))}
      </ol>
    </Section>
  );
}
