import { Prisma } from "@/lib/generated/prisma/client";

// Times inside JSON columns (a page's data in one statement, decision 026) travel as whole
// milliseconds since 1970: exact, and no time-zone text to parse.
export type Millis = number;

// `column` is a column reference written in our own SQL (e.g. 'd."startsAt"'), never input.
export function millis(column: string): Prisma.Sql {
  return Prisma.raw(`round(extract(epoch FROM ${column}) * 1000)::bigint`);
}
