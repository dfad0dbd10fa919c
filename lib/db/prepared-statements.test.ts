import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { statementName } from "./client";

// Decision 027: a statement is prepared once per connection, named by its SQL text, unless
// its text varies with a list's length; decision 028: and planned once.
describe("prepared statements", () => {
  it("names a SQL text the same way every time, and leaves lists of placeholders unnamed", () => {
    const one = statementName({ sql: 'SELECT "id" FROM "Person" WHERE "id" = $1' });
    expect(one).toMatch(/^allies_\d+$/);
    expect(statementName({ sql: 'SELECT "id" FROM "Person" WHERE "id" = $1' })).toBe(one);
    expect(statementName({ sql: 'SELECT "id" FROM "Person" WHERE "email" = $1' })).not.toBe(one);
    expect(statementName({ sql: 'SELECT "id" FROM "Person" WHERE "id" IN ($1,$2,$3)' })).toBeUndefined();
    expect(statementName({ sql: 'INSERT INTO "Rsvp" ("a","b") VALUES ($1,$2),($3,$4)' })).toBeUndefined();
  });

  it("prepares a statement on its connection once and then only runs it", async () => {
    const prepared = await db.$transaction(async (tx) => {
      for (const n of [1, 2, 3]) await tx.$queryRaw`SELECT ${n}::int + 1 AS "next"`;
      await tx.$queryRaw`SELECT "id" FROM "Person" WHERE "id" IN (${"a"}, ${"b"})`;
      return tx.$queryRaw<{ statement: string }[]>`SELECT "statement" FROM pg_prepared_statements`;
    });
    const texts = prepared.map((row) => row.statement);
    expect(texts.filter((text) => text.includes('+ 1 AS "next"'))).toHaveLength(1);
    expect(texts.some((text) => text.includes("IN ("))).toBe(false);
  });

  // Decision 028: planned once (the generic plan), not again for each execution's values.
  it("runs a prepared statement with its one generic plan", async () => {
    const [statement] = await db.$transaction(async (tx) => {
      for (const id of ["a", "b", "c"]) await tx.$queryRaw`SELECT "id" FROM "Person" WHERE "email" = ${id} AND "isAdmin"`;
      return tx.$queryRaw<{ generic: number; custom: number }[]>`
        SELECT "generic_plans"::int AS "generic", "custom_plans"::int AS "custom" FROM pg_prepared_statements WHERE "statement" LIKE '%AND "isAdmin"'`;
    });
    expect(statement).toEqual({ generic: 3, custom: 0 });
  });
});
