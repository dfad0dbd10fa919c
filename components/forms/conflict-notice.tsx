"use client";

import { useFormResult } from "./form";

export type ConflictRow = {
  // A field of the newer version the lib/ function put into its ConflictError.
  key: string;
  label: string;
  format?: "text" | "date" | "dateTime";
  // Labels for enum values (statuses, parties).
  values?: Record<string, string>;
  // Shown when the value is empty.
  empty?: string;
};

// After a refused save ("changed meanwhile"): the newer version someone else saved, so
// nothing is overwritten blindly. Any form with a VersionInput shows one.
export function ConflictNotice({ heading, rows, locale, timeZone }: { heading: string; rows: ConflictRow[]; locale: string; timeZone: string }) {
  const state = useFormResult();
  if (state.message !== "conflict") return null;
  const current = state.data?.current as Record<string, unknown> | null | undefined;
  if (!current) return null;
  const show = (row: ConflictRow): string => {
    const value = current[row.key];
    if (value === null || value === undefined || value === "") return row.empty ?? "—";
    // Once per refused save, in the browser: nothing piles up here (see dateTimeFormat in lib/dates.ts).
    // eslint-disable-next-line no-restricted-syntax
    if (row.format === "date") return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(String(value)));
    // eslint-disable-next-line no-restricted-syntax
    if (row.format === "dateTime") return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", timeZone }).format(new Date(String(value)));
    return row.values?.[String(value)] ?? String(value);
  };
  const shown = rows.filter((row) => row.key in current);
  return (
    <section aria-label={heading} className="rounded-lg border border-amber-700 bg-amber-50 p-3" data-testid="conflict-notice">
      <h2 className="font-semibold">{heading}</h2>
      <dl className="facts mt-2 gap-x-3 gap-y-1">
        {shown.map((row) => (
          <div key={row.key} className="contents">
            <dt className="font-medium">{row.label}</dt>
            <dd className="min-w-0 whitespace-pre-line break-words">{show(row)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
