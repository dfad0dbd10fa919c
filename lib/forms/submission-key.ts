import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

// Forms that must write once (log an action, add an update, report a signal, …) carry a
// submission key: a hidden field made fresh on every render (components/forms/
// submission-key-input.tsx), posted back with the form. A double tap or a browser retry
// after a timeout posts the SAME key; the first write claims it in its own transaction
// (SubmissionKey, unique), so the second finds it taken and writes nothing. A new render
// (after a save, or the next visit) has a new key, so the next genuine submission writes.
// Keys are kept a day (housekeeping job).
export function newSubmissionKey(): string {
  return randomBytes(18).toString("base64url");
}

export type Claim = { first: true } | { first: false; resultId: string | null };

// Call first thing inside the write's transaction. `scope` names the form and who posts it
// (e.g. `action.log:<membershipId>`), so one person's key never blocks another's. A missing
// key (an old page, a script) claims nothing: the write happens as it always did. If the
// first submission is still running, this waits for it (the unique index), then sees it.
export async function claimSubmission(tx: Prisma.TransactionClient, scope: string, key: string | null | undefined): Promise<Claim> {
  if (!key) return { first: true };
  const id = `${scope}:${key}`;
  const inserted = await tx.$executeRaw`INSERT INTO "SubmissionKey" (key) VALUES (${id}) ON CONFLICT (key) DO NOTHING`;
  if (inserted === 1) return { first: true };
  const existing = await tx.submissionKey.findUnique({ where: { key: id }, select: { resultId: true } });
  return { first: false, resultId: existing?.resultId ?? null };
}

// Remembers what the first submission made, for the answer to a retry (e.g. where to go).
export async function recordSubmissionResult(tx: Prisma.TransactionClient, scope: string, key: string | null | undefined, resultId: string): Promise<void> {
  if (!key) return;
  await tx.submissionKey.update({ where: { key: `${scope}:${key}` }, data: { resultId } });
}
