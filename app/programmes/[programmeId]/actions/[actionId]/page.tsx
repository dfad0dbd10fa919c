import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { ActionStatusBadge } from "@/components/actions/action-status-badge";
import { ConflictNotice } from "@/components/actions/conflict-notice";
import { SelectField } from "@/components/select-field";
import { TextAreaField } from "@/components/text-area-field";
import { VersionInput } from "@/components/actions/version-input";
import { SubmitButton } from "@/components/submit-button";
import { getAction } from "@/lib/actions/get-action";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { topicLabel } from "@/lib/topics/topic-label";
import { addActionUpdateAction } from "../actions";

export const generateMetadata = pageTitle("actions.detailPageTitle");

export default async function ActionPage({ params }: { params: Promise<{ programmeId: string; actionId: string }> }) {
  const { programmeId, actionId } = await params;
  const path = `/programmes/${programmeId}/actions/${actionId}`;
  const viewer = await requirePageViewer(path);
  const data = await loadForPage(() => getAction(viewer, programmeId, actionId));
  const t = await getTranslations("actions");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const locale = await getLocale();
  const { action, timeZone } = data;
  const statusLabel = (s: "OPEN" | "IN_PROGRESS" | "DONE" | "DROPPED") => common(`actionStatus.${s}`);
  const statuses = { OPEN: statusLabel("OPEN"), IN_PROGRESS: statusLabel("IN_PROGRESS"), DONE: statusLabel("DONE"), DROPPED: statusLabel("DROPPED") };
  const errorTexts = { ...(await getErrorTexts()), dropReasonRequired: t("dropReasonRequired"), updateSaved: t("updateSaved") };
  const dateOnly = (d: Date) => format.dateTime(d, { timeZone: "UTC", dateStyle: "medium" });
  const dateTime = (d: Date) => format.dateTime(d, { timeZone, dateStyle: "medium", timeStyle: "short" });

  return (
    <>
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
        <p>
          <Link href={`/programmes/${programmeId}/actions`}>{t("backToActions")}</Link>
        </p>
        <div className="flex flex-col gap-2">
          <h1 className="text-2xl font-bold break-words">{action.title}</h1>
          <div>
            <ActionStatusBadge status={action.status} label={statusLabel(action.status)} />
          </div>
        </div>

        <section aria-labelledby="details" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="details" className="text-lg font-semibold">
            {t("details")}
          </h2>
          {action.description && <p className="mt-2 whitespace-pre-line break-words">{action.description}</p>}
          <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
            <dt className="font-medium">{t("leadParty")}</dt>
            <dd>{common(`parties.${action.leadParty}`)}</dd>
            <dt className="font-medium">{t("topic")}</dt>
            <dd>{action.topic ? <Link href={`/programmes/${programmeId}/topics/${action.topic.id}`}>{topicLabel(action.topic, common)}</Link> : t("noTopic")}</dd>
            <dt className="font-medium">{t("dueDate")}</dt>
            <dd>{action.dueDate ? dateOnly(action.dueDate) : t("noDueDate")}</dd>
            <dt className="font-medium">{t("agreedAt")}</dt>
            <dd>
              {action.dinner ? (
                <Link href={`/programmes/${programmeId}/dinners/${action.dinner.id}/agenda`}>
                  {format.dateTime(action.dinner.startsAt, { timeZone, dateStyle: "medium" })} · {action.dinner.venueName}
                </Link>
              ) : (
                t("noDinner")
              )}
            </dd>
            {action.completedAt && (
              <>
                <dt className="font-medium">{t("completedAt")}</dt>
                <dd>{dateTime(action.completedAt)}</dd>
              </>
            )}
            {action.status === "DROPPED" && action.dropReason && (
              <>
                <dt className="font-medium">{t("dropReason")}</dt>
                <dd className="whitespace-pre-line break-words">{action.dropReason}</dd>
              </>
            )}
          </dl>
          {data.canEdit && (
            <p className="mt-3">
              <Link href={`${path}/edit`} className="inline-flex min-h-11 items-center">
                {t("editLink")}
              </Link>
            </p>
          )}
        </section>

        <section aria-labelledby="owners" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="owners" className="text-lg font-semibold">
            {t("owners")}
          </h2>
          <ul className="mt-2 flex flex-col gap-1">
            {action.owners.map((owner) => (
              <li key={owner.id}>
                {owner.name} · {common(`parties.${owner.party}`)}
                {owner.left && ` · ${t("leftProgramme")}`}
              </li>
            ))}
          </ul>
        </section>

        {data.canUpdate && (
          <section aria-labelledby="update" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="update" className="text-lg font-semibold">
              {t("postUpdate")}
            </h2>
            <ActionForm action={addActionUpdateAction} errorTexts={errorTexts} className="mt-2 flex flex-col gap-4">
              <input type="hidden" name="programmeId" value={programmeId} />
              <input type="hidden" name="actionId" value={action.id} />
              <VersionInput version={action.version} />
              <ConflictNotice
                locale={locale}
                timeZone={timeZone}
                labels={{ heading: t("conflictHeading"), title: t("title"), status: t("status"), dueDate: t("dueDate"), noDueDate: t("noDueDate"), notes: t("notes"), latestUpdate: t("latestUpdate"), statuses }}
              />
              <TextAreaField label={t("note")} name="text" hint={t("noteHint")} maxLength={5000} />
              {data.nextStatuses.length > 0 && (
                <SelectField
                  label={t("changeStatus")}
                  name="status"
                  defaultValue=""
                  options={[{ value: "", label: t("keepStatus", { status: statusLabel(action.status) }) }, ...data.nextStatuses.map((s) => ({ value: s, label: statusLabel(s) }))]}
                />
              )}
              <div>
                <SubmitButton>{t("saveUpdate")}</SubmitButton>
              </div>
            </ActionForm>
          </section>
        )}

        <section aria-labelledby="timeline" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="timeline" className="text-lg font-semibold">
            {t("timeline")}
          </h2>
          <ol className="mt-2 flex flex-col divide-y divide-slate-200">
            {action.updates.map((update) => (
              <li key={update.id} className="py-2">
                <p className="text-sm text-slate-700">
                  <time dateTime={update.createdAt.toISOString()}>{dateTime(update.createdAt)}</time>
                  {update.author && ` · ${update.author.name} (${common(`parties.${update.author.party}`)})`}
                </p>
                {update.toStatus && (
                  <p className="font-medium">
                    {update.fromStatus ? t("statusChanged", { from: statusLabel(update.fromStatus), to: statusLabel(update.toStatus) }) : statusLabel(update.toStatus)}
                  </p>
                )}
                {update.text && <p className="whitespace-pre-line break-words">{update.text}</p>}
              </li>
            ))}
            <li className="py-2">
              <p className="text-sm text-slate-700">
                <time dateTime={action.createdAt.toISOString()}>{dateTime(action.createdAt)}</time>
              </p>
              <p>{t("logged")}</p>
            </li>
          </ol>
        </section>
      </main>
    </>
  );
}
