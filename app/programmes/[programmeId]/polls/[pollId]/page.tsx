import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { getPoll } from "@/lib/polls/get-poll";
import { answerPollAction, pickPollOptionAction } from "../actions";

export const generateMetadata = pageTitle("polls.detailPageTitle");

const answers = ["YES", "IF_NEED_BE", "NO"] as const;
const answerStyle = { YES: "peer-checked:bg-green-700", IF_NEED_BE: "peer-checked:bg-amber-700", NO: "peer-checked:bg-red-800" } as const;

export default async function PollPage({ params, searchParams }: { params: Promise<{ programmeId: string; pollId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { programmeId, pollId } = await params;
  const path = `/programmes/${programmeId}/polls/${pollId}`;
  const viewer = await requirePageViewer(path);
  const { programme, poll, options, canPlan, grid } = await loadForPage(() => getPoll(viewer, programmeId, pollId));
  const { saved } = await searchParams;
  const t = await getTranslations("polls");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const errorTexts = await getErrorTexts();
  const timeZone = programme.timeZone;
  const when = (d: Date) => format.dateTime(d, { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  const open = !poll.closedAt;

  return (
    <>
      <main id="main" className="mx-auto flex max-w-4xl flex-col gap-4 p-4">
        <h1 className="text-2xl font-bold">{poll.title}</h1>
        {saved === "1" && (
          <p role="status" className="rounded-lg bg-green-100 p-3 text-green-900">
            {t("answersSaved")}
          </p>
        )}
        {!open && (
          <p className="rounded-lg bg-slate-100 p-3">
            {t("closed")}{" "}
            {poll.dinnerId && <Link href={`/programmes/${programmeId}/dinners/${poll.dinnerId}`}>{t("closedDinner")}</Link>}
          </p>
        )}

        {open && (
          <section aria-labelledby="your-answers" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="your-answers" className="mb-3 text-lg font-semibold">
              {t("yourAnswers")}
            </h2>
            <ActionForm action={answerPollAction} errorTexts={errorTexts}>
              <input type="hidden" name="programmeId" value={programmeId} />
              <input type="hidden" name="pollId" value={pollId} />
              {options.map((option) => (
                <fieldset key={option.id} className="flex flex-col gap-2 border-t border-slate-200 pt-3">
                  <legend className="font-semibold">{t("answerLegend", { date: when(option.startsAt) })}</legend>
                  <div className="grid grid-cols-3 gap-2">
                    {answers.map((answer) => (
                      <label key={answer} className="relative">
                        <input type="radio" name={`answer-${option.id}`} value={answer} defaultChecked={option.myAnswer === answer} className="peer absolute inset-0 opacity-0" />
                        <span
                          className={`flex min-h-11 items-center justify-center rounded-lg border border-slate-500 px-2 py-2 text-center text-sm font-semibold peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-800 ${answerStyle[answer]}`}
                        >
                          {t(`answers.${answer}`)}
                        </span>
                      </label>
                    ))}
                  </div>
                  <p className="text-sm text-slate-700">{t("totals", { yes: option.totals.YES, ifNeedBe: option.totals.IF_NEED_BE, no: option.totals.NO })}</p>
                </fieldset>
              ))}
              <div>
                <SubmitButton>{t("saveAnswers")}</SubmitButton>
              </div>
            </ActionForm>
          </section>
        )}

        {canPlan && (
          <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="grid" className="mb-3 text-lg font-semibold">
              {t("grid")}
            </h2>
            <div role="region" aria-labelledby="grid" tabIndex={0} className="overflow-x-auto">
              <table className="w-full border-collapse text-sm">
                <thead>
                  <tr>
                    <th scope="col" className="p-2 text-left">
                      {t("member")}
                    </th>
                    {options.map((option) => (
                      <th key={option.id} scope="col" className="p-2 text-left whitespace-nowrap">
                        {when(option.startsAt)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {grid.map((row) => (
                    <tr key={row.membershipId} className="border-t border-slate-200">
                      <th scope="row" className="p-2 text-left font-medium whitespace-nowrap">
                        {row.name} <span className="font-normal text-slate-700">({common(`parties.${row.party}`)})</span>
                      </th>
                      {row.answers.map((answer, index) => (
                        <td key={options[index]!.id} className="p-2">
                          {answer ? t(`answers.${answer}`) : t("noAnswer")}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="border-t-2 border-slate-400">
                    <th scope="row" className="p-2 text-left">
                      {t("total")}
                    </th>
                    {options.map((option) => (
                      <td key={option.id} className="p-2 font-semibold">
                        {option.totals.YES} ({option.totals.IF_NEED_BE})
                      </td>
                    ))}
                  </tr>
                </tfoot>
              </table>
            </div>
          </div>
        )}

        {canPlan && open && (
          <section aria-labelledby="pick" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="pick" className="text-lg font-semibold">
              {t("pickTitle")}
            </h2>
            <p className="mb-3 text-slate-700">{t("pickIntro")}</p>
            <ActionForm action={pickPollOptionAction} errorTexts={errorTexts}>
              <input type="hidden" name="programmeId" value={programmeId} />
              <input type="hidden" name="pollId" value={pollId} />
              <fieldset className="flex flex-col gap-1">
                <legend className="mb-1 font-medium">{t("pickLegend")}</legend>
                {options.map((option, index) => (
                  <label key={option.id} className="flex min-h-11 items-center gap-3">
                    <input type="radio" name="optionId" value={option.id} defaultChecked={index === 0} className="size-5" />
                    <span>
                      {when(option.startsAt)} <span className="text-sm text-slate-700">· {t("totals", { yes: option.totals.YES, ifNeedBe: option.totals.IF_NEED_BE, no: option.totals.NO })}</span>
                    </span>
                  </label>
                ))}
              </fieldset>
              <SelectField
                label={t("venueKind")}
                name="venueKind"
                defaultValue="COMMUNITY_VENUE"
                options={(["POLICE_STATION", "TOWN_HALL", "COMMUNITY_VENUE", "OTHER"] as const).map((kind) => ({ value: kind, label: t(`venueKinds.${kind}`) }))}
              />
              <Field label={t("venueName")} name="venueName" required maxLength={120} />
              <Field label={t("venueAddress")} name="venueAddress" required maxLength={200} />
              <SelectField
                label={t("hostParty")}
                name="hostParty"
                defaultValue=""
                options={[{ value: "", label: t("noHost") }, ...(["POLICE", "MUNICIPALITY", "COMMUNITY"] as const).map((party) => ({ value: party, label: common(`parties.${party}`) }))]}
              />
              <Field label={t("capacity")} name="capacity" type="number" inputMode="numeric" min={1} max={500} />
              <Field label={t("guestNotes")} name="guestNotes" maxLength={1000} />
              <div>
                <SubmitButton>{t("pick")}</SubmitButton>
              </div>
            </ActionForm>
          </section>
        )}
      </main>
    </>
  );
}
