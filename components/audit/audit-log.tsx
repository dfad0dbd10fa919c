import Link from "next/link";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { Card } from "@/components/page/card";
import type { listAuditEvents } from "@/lib/audit/list-audit-events";

type Log = Awaited<ReturnType<typeof listAuditEvents>>;

// One page of the audit log, newest first, with links to older and newest events.
export async function AuditLog({ path, log, cursor }: { path: string; log: Log; cursor?: string }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const kinds: Record<string, string> = (await getMessages()).audit.kinds;
  const { events, nextCursor } = log;
  return (
    <>
      {events.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <Card>
          <ol className="divide-y divide-slate-200">
            {events.map((event) => (
              <li key={event.id} className="flex flex-col gap-0.5 py-3 sm:flex-row sm:items-baseline sm:gap-4">
                <time dateTime={event.createdAt.toISOString()} className="shrink-0 text-sm text-slate-700 sm:w-44">
                  {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
                <p className="break-words">
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
      <nav aria-label={t("title")} className="flex flex-wrap gap-4">
        {cursor && <Link href={path}>{t("newest")}</Link>}
        {nextCursor && <Link href={`${path}?cursor=${encodeURIComponent(nextCursor)}`}>{t("older")}</Link>}
      </nav>
    </>
  );
}
