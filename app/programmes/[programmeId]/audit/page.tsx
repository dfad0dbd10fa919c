import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { listAuditEvents } from "@/lib/audit/list-audit-events";

export const generateMetadata = pageTitle("audit.title");

export default async function AuditPage({ params, searchParams }: { params: Promise<{ programmeId: string }>; searchParams: Promise<{ cursor?: string }> }) {
  const { programmeId } = await params;
  const { cursor } = await searchParams;
  const path = `/programmes/${programmeId}/audit`;
  const viewer = await requirePageViewer(path);
  const validCursor = typeof cursor === "string" && cursor.length <= 64 ? cursor : undefined;
  const { events, nextCursor } = await loadForPage(() => listAuditEvents(viewer, programmeId, validCursor));
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const kinds: Record<string, string> = (await getMessages()).audit.kinds;

  return (
    <>
      <main id="main" className="mx-auto flex max-w-5xl flex-col gap-4 p-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("intro")}</p>
        {events.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ol className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            {events.map((event) => (
              <li key={event.id} className="flex flex-col gap-0.5 p-3 sm:flex-row sm:items-baseline sm:gap-4">
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
        )}
        <nav aria-label={t("title")} className="flex flex-wrap gap-4">
          {validCursor && <Link href={path}>{t("newest")}</Link>}
          {nextCursor && <Link href={`${path}?cursor=${encodeURIComponent(nextCursor)}`}>{t("older")}</Link>}
        </nav>
      </main>
    </>
  );
}
