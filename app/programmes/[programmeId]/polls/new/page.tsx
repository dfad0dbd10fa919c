import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { getNewPollForm } from "@/lib/polls/get-new-poll-form";
import { createPollAction } from "../actions";

export const generateMetadata = pageTitle("polls.newTitle");

const optionNumbers = [1, 2, 3, 4, 5, 6, 7, 8] as const;

export default async function NewPollPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const path = `/programmes/${programmeId}/polls/new`;
  const viewer = await requirePageViewer(path);
  const programme = await loadForPage(() => getNewPollForm(viewer, programmeId));
  const t = await getTranslations("polls");
  const errorTexts = await getErrorTexts();

  return (
    <>
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
        <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
        <ActionForm action={createPollAction} errorTexts={errorTexts} className="flex flex-col gap-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <input type="hidden" name="programmeId" value={programmeId} />
          <Field label={t("pollTitle")} name="title" hint={t("pollTitleHint")} required maxLength={120} />
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-1 text-sm text-slate-700">{t("optionsHint", { timeZone: programme.timeZone })}</legend>
            {optionNumbers.map((n) => (
              <Field key={n} label={t("optionLabel", { number: n })} name={`option${n}`} type="datetime-local" required={n <= 2} />
            ))}
          </fieldset>
          <div>
            <SubmitButton>{t("create")}</SubmitButton>
          </div>
        </ActionForm>
      </main>
    </>
  );
}
