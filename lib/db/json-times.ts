import { Prisma } from "@/lib/generated/prisma/client";

// Times inside JSON columns (a page's data in one statement, decision 026) travel as whole
// milliseconds since 1970: exact, and no time-zone text to parse.
export type Millis = number;

// `column` is a column reference written in our own SQL (e.g. 'd."startsAt"'), never input.
export function millis(column: string): Prisma.Sql {
  return Prisma.raw(`round(extract(epoch FROM ${column}) * 1000)::bigint`);
}

// A time as the text JSON.stringify gives a Date ("2026-11-30T12:00:00.000Z"), for JSON that
// leaves the app as it is (the account export, a file people keep). `column` is a timestamptz
// or a date (midnight UTC, as Prisma reads one), written in our own SQL, never input.
export function isoTime(column: string, type: "timestamptz" | "date" = "timestamptz"): Prisma.Sql {
  const utc = type === "date" ? `${column}::timestamp` : `${column} AT TIME ZONE 'UTC'`;
  return Prisma.raw(`to_char(${utc}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
}
