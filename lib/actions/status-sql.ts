import { Prisma } from "@/lib/generated/prisma/client";
import { toIsoDate } from "@/lib/dates";
import { openActionStatuses } from "./status";

// The open and overdue rules (./status.ts, ./overdue.ts) inside raw SQL, for FILTER and
// WHERE clauses. `alias` is the query's own alias of "Action": a constant in our code,
// never user input.
export function openSql(alias: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`${alias}."status"`)}::text IN (${Prisma.join([...openActionStatuses])})`;
}

export function overdueSql(alias: string, today: Date): Prisma.Sql {
  return Prisma.sql`${openSql(alias)} AND ${Prisma.raw(`${alias}."dueDate"`)} < ${toIsoDate(today)}::date`;
}
