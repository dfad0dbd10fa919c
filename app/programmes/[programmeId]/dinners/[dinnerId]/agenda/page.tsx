import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { AppHeader } from "@/components/app-header";
import { ActionTitleRow } from "@/components/actions/action-status-badge";
import { ConflictNotice } from "@/components/actions/conflict-notice";
import { SelectField } from "@/components/select-field";
import { TextAreaField } from "@/components/text-area-field";
import { VersionInput } from "@/components/actions/version-input";
import { Field } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { getAgenda } from "@/lib/agenda/get-agenda";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { todayInZone } from "@/lib/dates";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { topicLabel } from "@/lib/topics/topic-label";
import { addAgendaItemAction, deleteAgendaItemAction, moveAgendaItemAction, updateAgendaItemAction } from "./actions";

export const metadata: Metadata = { title: "Agenda" };

export default async function AgendaPage({ params }: { params: Promise<{ programmeId: string; dinnerId: string }> }) {
  const { programmeId, dinnerId } = await params;
  const path = `/programmes/${programmeId}/dinners/${dinnerId}/agenda`;
  const viewer = await requirePageViewer(path);
  const agenda = await loadForPage(() => getAgenda(viewer, programmeId, dinnerId));
  const t = await getTranslations("agenda");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const locale = await getLocale();
  const { dinner, timeZone, items, actionsToReview, topics } = agenda;
  const errorTexts = { ...(await getErrorTexts()), itemAdded: t("itemAdded"), saved: t("saved") };
  const today = todayInZone(new Date(), timeZone);
  const topicOptions = [{ value: "", label: t("noTopic") }, ...topics.map((topic) => ({ value: topic.id, label: topicLabel(topic, common) }))];
  const visibilityOptions = [
    { value: "ALL_MEMBERS", label: t("visibility.ALL_MEMBERS") },
    { value: "PROFESSIONALS", label: t("visibility.PROFESSIONALS") },
  ];
  const hidden = { programmeId, dinnerId };
  const itemFields = (item?: (typeof items)[number]) => (
    <>
      <Field label={t("itemTitle")} name="title" required maxLength={200} defaultValue={item?.title} autoComplete="off" />
      <SelectField
        label={t("topic")}
        name="topicId"
        defaultValue={item?.topic?.id ?? ""}
        options={item?.topic && !topics.some((x) => x.id === item.topic!.id) ? [...topicOptions, { value: item.topic.id, label: topicLabel(item.topic, common) }] : topicOptions}
      />
      <TextAreaField label={t("notes")} name="notes" hint={t("notesHint")} maxLength={10000} defaultValue={item?.notes} />
      {agenda.mayUseProfessionalsOnly ? (
        <SelectField label={t("visibilityLabel")} name="visibility" hint={t("visibilityHint")} defaultValue={item?.visibility ?? "ALL_MEMBERS"} options={visibilityOptions} />
      ) : (
        <input type="hidden" name="visibility" value="ALL_MEMBERS" />
      )}
    </>
  );

  return (
    <>
      <AppHeader viewer={viewer} programmeId={programmeId} returnTo={path} />
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
        <p>
          <Link href={`/programmes/${programmeId}/dinners/${dinnerId}`}>{t("backToDinner")}</Link>
        </p>
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-slate-700">
            {format.dateTime(dinner.startsAt, { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" })} ·{" "}
            {dinner.venueName} · {common(`dinnerStatus.${dinner.status}`)}
          </p>
        </div>

        <section aria-labelledby="review" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="review" className="text-lg font-semibold">
            {t("actionsToReview")}
          </h2>
          <p className="text-sm text-slate-700">{t("actionsToReviewHint")}</p>
          {actionsToReview.length === 0 ? (
            <p className="mt-2">{t("nothingToReview")}</p>
          ) : (
            <ol className="mt-2 flex flex-col divide-y divide-slate-200">
              {actionsToReview.map((action) => (
                <li key={action.id} className="flex flex-col gap-1 py-2">
                  <ActionTitleRow href={`/programmes/${programmeId}/actions/${action.id}`} title={action.title} status={action.status} label={common(`actionStatus.${action.status}`)} />
                  <p className="text-sm text-slate-700">
                    {t("lead", { party: common(`parties.${action.leadParty}`) })} · {t("owners", { names: action.owners.map((o) => `${o.name} (${common(`parties.${o.party}`)})`).join(", ") })}
                  </p>
                  {action.dueDate && (
                    <p className={action.dueDate < today ? "text-sm font-semibold text-red-800" : "text-sm text-slate-700"}>
                      {action.dueDate < today ? t("overdueSince", { date: format.dateTime(action.dueDate, { timeZone: "UTC", dateStyle: "medium" }) }) : t("due", { date: format.dateTime(action.dueDate, { timeZone: "UTC", dateStyle: "medium" }) })}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>

        <section aria-labelledby="items" className="flex flex-col gap-3">
          <h2 id="items" className="text-lg font-semibold">
            {t("items")}
          </h2>
          {items.length === 0 && <p>{t("noItems")}</p>}
          <ol className="flex flex-col gap-3">
            {items.map((item, index) => (
              <li key={item.id} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    {item.topic && <p className="text-sm font-medium text-blue-900">{topicLabel(item.topic, common)}</p>}
                    <h3 className="font-semibold break-words">{item.title}</h3>
                  </div>
                  {item.visibility === "PROFESSIONALS" && (
                    <span className="rounded-full bg-amber-50 px-2 py-0.5 text-sm font-medium text-amber-950 ring-1 ring-amber-700">{t("visibility.PROFESSIONALS")}</span>
                  )}
                </div>
                {item.notes && <p className="mt-2 whitespace-pre-line break-words">{item.notes}</p>}
                {agenda.canEdit && (
                  <div className="mt-3 flex flex-col gap-2">
                    <div className="flex flex-wrap gap-2">
                      {(["up", "down"] as const).map((direction) =>
                        (direction === "up" ? index > 0 : index < items.length - 1) ? (
                          <ActionForm key={direction} action={moveAgendaItemAction} errorTexts={errorTexts} className="">
                            <input type="hidden" name="programmeId" value={programmeId} />
                            <input type="hidden" name="dinnerId" value={dinnerId} />
                            <input type="hidden" name="itemId" value={item.id} />
                            <input type="hidden" name="direction" value={direction} />
                            <button type="submit" className="min-h-11 rounded-lg border border-slate-500 px-3" aria-label={t(direction === "up" ? "moveUpLabel" : "moveDownLabel", { title: item.title })}>
                              {t(direction === "up" ? "moveUp" : "moveDown")}
                            </button>
                          </ActionForm>
                        ) : null,
                      )}
                    </div>
                    <details>
                      <summary className="min-h-11 cursor-pointer py-2 font-medium text-blue-900">{t("editItem", { title: item.title })}</summary>
                      <ActionForm action={updateAgendaItemAction} errorTexts={errorTexts} className="mt-2 flex flex-col gap-4">
                        <input type="hidden" name="programmeId" value={hidden.programmeId} />
                        <input type="hidden" name="dinnerId" value={hidden.dinnerId} />
                        <input type="hidden" name="itemId" value={item.id} />
                        <VersionInput version={item.version} />
                        <ConflictNotice
                          locale={locale}
                          timeZone={timeZone}
                          labels={{ heading: t("conflictHeading"), title: t("itemTitle"), status: "", dueDate: "", noDueDate: "", notes: t("notes"), latestUpdate: "", statuses: {} }}
                        />
                        {itemFields(item)}
                        <div>
                          <SubmitButton>{t("save")}</SubmitButton>
                        </div>
                      </ActionForm>
                      <ActionForm action={deleteAgendaItemAction} errorTexts={errorTexts} className="mt-3">
                        <input type="hidden" name="programmeId" value={programmeId} />
                        <input type="hidden" name="dinnerId" value={dinnerId} />
                        <input type="hidden" name="itemId" value={item.id} />
                        <input type="hidden" name="version" value={item.version} />
                        <button type="submit" className="min-h-11 rounded-lg border border-red-800 px-3 font-medium text-red-900">
                          {t("deleteItem")}
                        </button>
                      </ActionForm>
                    </details>
                  </div>
                )}
              </li>
            ))}
          </ol>
        </section>

        {agenda.canLogAction && (
          <p>
            <Link href={`/programmes/${programmeId}/actions/new?dinnerId=${dinnerId}`} className="inline-flex min-h-11 items-center rounded-lg bg-blue-800 px-4 font-semibold text-white hover:bg-blue-900">
              {t("logAction")}
            </Link>
          </p>
        )}

        {agenda.canEdit && (
          <section aria-labelledby="add-item" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="add-item" className="text-lg font-semibold">
              {t("addItem")}
            </h2>
            <ActionForm action={addAgendaItemAction} errorTexts={errorTexts} className="mt-2 flex flex-col gap-4">
              <input type="hidden" name="programmeId" value={programmeId} />
              <input type="hidden" name="dinnerId" value={dinnerId} />
              {itemFields()}
              <div>
                <SubmitButton>{t("add")}</SubmitButton>
              </div>
            </ActionForm>
          </section>
        )}
      </main>
    </>
  );
}
