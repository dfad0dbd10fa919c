import Link from "next/link";
import { getFormatter, getMessages, getTranslations } from "@/lib/i18n/server";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { Card } from "@/components/page/card";
import { Section } from "@/components/page/section";
import { auditFiltersQuery, type AuditFilters } from "@/lib/audit/audit-filters";
import { auditSummaryLimit, type listAuditEvents } from "@/lib/audit/list-audit-events";

type Log = Awaited<ReturnType<typeof listAuditEvents>>;

// The audit log (issue 14): a plain GET form filters by kind, person and period (works
// without JavaScript, the address can be shared); the changes one by one, newest first,
// with links to older and newest; the routine events as one line per person, kind and day.
export async function AuditLog({ path, log, cursor, filters }: { path: string; log: Log; cursor?: string; filters: AuditFilters }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const kinds: Record<string, string> = (await getMessages()).audit.kinds;
  const { events, nextCursor, summary } = log;
  const kindOptions = Object.entries(kinds)
    .filter(([kind]) => kind !== "other")
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const filtered = Object.keys(filters).length > 0;
  return (
    <>
      <Card>
        <form method="get" action={path} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5" aria-label={t("filters.title")}>
          <SelectField label={t("filters.kind")} name="kind" defaultValue={filters.kind ?? ""} options={[{ value: "", label: t("filters.anyKind") }, ...kindOptions]} />
          <SelectField label={t("filters.person")} name="person" defaultValue={filters.person ?? ""} options={[{ value: "", label: t("filters.anyPerson") }, ...log.people.map((p) => ({ value: p.id, label: p.name }))]} />
          <TextField label={t("filters.from")} name="from" type="date" defaultValue={filters.from ?? ""} />
          <TextField label={t("filters.to")} name="to" type="date" defaultValue={filters.to ?? ""} />
          <div className="flex flex-wrap items-end gap-3">
            <button type="submit" className="min-h-11 rounded-lg border border-blue-800 px-4 font-semibold text-blue-900 hover:bg-blue-50">
              {t("filters.apply")}
            </button>
            {filtered && (
              <Link href={path} className="inline-flex min-h-11 items-center">
                {t("filters.clear")}
              </Link>
            )}
          </div>
        </form>
      </Card>
      {log.showsChanges && (
        <Section id="changes" title={t("changesTitle")}>
          {events.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <Card>
              <ol className="divide-y divide-slate-200">
                {events.map((event) => (
                  <li key={event.id} className="flex flex-col gap-0.5 py-3 sm:flex-row sm:items-baseline sm:gap-4">
                    <time dateTime={event.createdAt.toISOString()} className="shrink-0 text-sm text-slate-700 sm:w-44">
                      {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short", hourCycle: "h23" })}
                    </time>
                    <p>
                      <span className="font-semibold">{event.actorName ?? t("nobody")}</span>
                      {" · "}
                      {kinds[event.kind] ?? kinds.other}
                      {event.subjectName && (
                        <>
                          {" · "}
                          <span>{event.subjectName}</span>
                        </>
                      )}
                    </p>
                  </li>
                ))}
              </ol>
            </Card>
          )}
          <nav aria-label={t("changesTitle")} className="flex flex-wrap gap-4">
            {cursor && <Link href={`${path}${auditFiltersQuery(filters)}`}>{t("newest")}</Link>}
            {nextCursor && <Link href={`${path}${auditFiltersQuery(filters, { cursor: nextCursor })}`}>{t("older")}</Link>}
          </nav>
        </Section>
      )}
      {log.showsRoutine && !cursor && (
        <Section id="routine" title={t("routineTitle")} hint={t("routineIntro")}>
          {summary.length === 0 ? (
            <p>{t("routineEmpty")}</p>
          ) : (
            <Card>
              <ol className="divide-y divide-slate-200">
                {summary.map((line) => (
                  <li key={`${line.day}:${line.actorId}:${line.kind}`} className="flex flex-col gap-0.5 py-3 sm:flex-row sm:items-baseline sm:gap-4" data-routine-line>
                    <time dateTime={line.day} className="shrink-0 text-sm text-slate-700 sm:w-44">
                      {format.dateTime(new Date(`${line.day}T12:00:00Z`), { timeZone: "UTC", dateStyle: "medium" })}
                    </time>
                    <p>
                      <span className="font-semibold">{line.actorName ?? t("nobody")}</span>
                      {" · "}
                      {kinds[line.kind] ?? kinds.other}
                      {" · "}
                      {t("routineCount", { count: line.count })}
                    </p>
                  </li>
                ))}
              </ol>
            </Card>
          )}
          {summary.length >= auditSummaryLimit && <p className="text-sm text-slate-700">{t("routineMore", { limit: auditSummaryLimit })}</p>}
        </Section>
      )}
    </>
  );
}
