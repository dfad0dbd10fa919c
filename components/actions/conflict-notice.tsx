"use client";

import { useFormResult } from "@/components/action-form";

type Snapshot = {
  version: number;
  title: string;
  status?: string;
  dueDate?: string | null;
  notes?: string;
  latestUpdate?: { text: string; toStatus: string | null; authorName: string | null; createdAt: string } | null;
};

export type ConflictLabels = {
  heading: string;
  title: string;
  status: string;
  dueDate: string;
  noDueDate: string;
  notes: string;
  latestUpdate: string;
  statuses: Record<string, string>;
};

// After a refused save: the newer version someone else saved, so nothing is overwritten blindly.
export function ConflictNotice({ labels, locale, timeZone }: { labels: ConflictLabels; locale: string; timeZone: string }) {
  const state = useFormResult();
  if (state.message !== "conflict") return null;
  const current = state.data?.current as Snapshot | null | undefined;
  if (!current) return null;
  const date = (iso: string, withTime: boolean) =>
    new Intl.DateTimeFormat(locale, withTime ? { dateStyle: "medium", timeStyle: "short", timeZone } : { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
  return (
    <section aria-label={labels.heading} className="rounded-lg border border-amber-700 bg-amber-50 p-3" data-testid="conflict-notice">
      <h2 className="font-semibold">{labels.heading}</h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-medium">{labels.title}</dt>
        <dd className="break-words">{current.title}</dd>
        {current.status !== undefined && (
          <>
            <dt className="font-medium">{labels.status}</dt>
            <dd>{labels.statuses[current.status] ?? current.status}</dd>
          </>
        )}
        {current.dueDate !== undefined && (
          <>
            <dt className="font-medium">{labels.dueDate}</dt>
            <dd>{current.dueDate ? date(current.dueDate, false) : labels.noDueDate}</dd>
          </>
        )}
        {current.notes !== undefined && (
          <>
            <dt className="font-medium">{labels.notes}</dt>
            <dd className="whitespace-pre-line break-words">{current.notes}</dd>
          </>
        )}
        {current.latestUpdate && (
          <>
            <dt className="font-medium">{labels.latestUpdate}</dt>
            <dd className="break-words">
              {date(current.latestUpdate.createdAt, true)}
              {current.latestUpdate.authorName && ` · ${current.latestUpdate.authorName}`}
              {current.latestUpdate.toStatus && ` · ${labels.statuses[current.latestUpdate.toStatus] ?? current.latestUpdate.toStatus}`}
              {current.latestUpdate.text && <span className="block whitespace-pre-line">{current.latestUpdate.text}</span>}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
