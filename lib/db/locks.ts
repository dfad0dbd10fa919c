import { Prisma } from "@/lib/generated/prisma/client";

// The two ways a transaction here waits its turn; both are released when it ends.

// A row every writer of the same thing locks first, so they take turns and each reads what
// the one before wrote (a programme's memberships and agreement, an incident's drafts).
export async function lockRow(tx: Prisma.TransactionClient, table: "Programme" | "Incident", id: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM ${Prisma.raw(`"${table}"`)} WHERE "id" = ${id} FOR UPDATE`;
}

// Turns without a row to lock (a check-then-insert, a job per programme): a named lock.
export async function takeTurn(tx: Prisma.TransactionClient, name: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${name}))`;
}
