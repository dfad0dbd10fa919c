import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RsvpResponse } from "@/lib/generated/prisma/enums";

// seenStartsAt: the start the member saw when answering (the answer form posts it). When the
// dinner was moved since, the answer is refused, so nobody says yes to a date they never saw.
export type DinnerAnswer = { dinnerId: string; response: RsvpResponse; dietaryNeeds?: string | null; saveDietaryDefault?: boolean; seenStartsAt?: string | null };

type Client = typeof db | Prisma.TransactionClient;
type Answer = { programmeId: string; dinnerId: string; membershipId: string; response: RsvpResponse; dietaryNeeds: string | null; seen: Date | null; now: Date };

// The member's own answer: one row per member and dinner, changed as often as they like
// until the dinner ends. Dietary needs may also become the person's default.
export async function respondToDinner(viewer: Viewer | null, programmeId: string, answer: DinnerAnswer, now = new Date()) {
  const { viewer: me, membership } = authorize(viewer, "dinner.respond", programmeId);
  const seen = answer.seenStartsAt ? new Date(answer.seenStartsAt) : null;
  if (seen && Number.isNaN(seen.getTime())) throw new FieldError("form", "dinnerMoved");
  const dietaryNeeds = answer.dietaryNeeds?.trim() || null;
  const values: Answer = { programmeId, dinnerId: answer.dinnerId, membershipId: membership.id, response: answer.response, dietaryNeeds, seen, now };
  // One statement, no interactive transaction: no connection is held while JavaScript runs,
  // so a burst of answers queues briefly for the pool instead of timing out. Saving the
  // default too (rare) takes a transaction, so a refused answer saves no default either.
  const saved = answer.saveDietaryDefault
    ? await db.$transaction(async (tx) => {
        const ok = await saveAnswer(tx, values);
        if (ok) await tx.person.update({ where: { id: me.personId }, data: { dietaryNeeds, version: { increment: 1 } } });
        return ok;
      })
    : await saveAnswer(db, values);
  if (!saved) await refuse(programmeId, answer, now);
}

// Records the answer only while the dinner is as the member saw it: this programme's,
// planned, not over, at the start they saw. The dinner's row is locked for share, so a move
// or cancellation saved at the same moment goes first (and the answer is refused) or after
// (and its e-mail, which goes to those who answered, reaches this member).
async function saveAnswer(client: Client, a: Answer): Promise<boolean> {
  const rows = await client.$executeRaw`
    INSERT INTO "Rsvp" ("id", "dinnerId", "membershipId", "response", "dietaryNeeds", "respondedAt", "updatedAt")
    SELECT ${randomUUID()}, ${a.dinnerId}, ${a.membershipId}, ${a.response}::"RsvpResponse", ${a.dietaryNeeds}, ${a.now}, ${a.now}
    WHERE EXISTS (
      SELECT 1 FROM "Dinner" d
      WHERE d."id" = ${a.dinnerId} AND d."programmeId" = ${a.programmeId} AND d."status" = 'PLANNED' AND d."endsAt" > ${a.now}
        AND (${a.seen}::timestamptz IS NULL OR d."startsAt" = ${a.seen}::timestamptz)
      FOR SHARE)
    ON CONFLICT ("dinnerId", "membershipId") DO UPDATE
      SET "response" = EXCLUDED."response", "dietaryNeeds" = EXCLUDED."dietaryNeeds", "respondedAt" = EXCLUDED."respondedAt", "updatedAt" = EXCLUDED."updatedAt"`;
  return rows === 1;
}

// Why an answer to this dinner is refused, or null. Each refusal says why, so the member is
// never left wondering (the form shows it): cancelled, closed, or moved since they saw it.
export function answerRefusal(dinner: { status: string; startsAt: Date; endsAt: Date }, seenStartsAt: string | null | undefined, now: Date) {
  if (dinner.status === "CANCELLED") return "dinnerCancelled";
  if (dinner.status !== "PLANNED" || dinner.endsAt <= now) return "answersClosed";
  if (seenStartsAt && new Date(seenStartsAt).getTime() !== dinner.startsAt.getTime()) return "dinnerMoved";
  return null;
}

// The answer was not saved: why (it changed between the statement and this read: "moved").
async function refuse(programmeId: string, answer: DinnerAnswer, now: Date): Promise<never> {
  const dinner = await db.dinner.findFirst({ where: { id: answer.dinnerId, programmeId }, select: { status: true, startsAt: true, endsAt: true } });
  if (!dinner) throw new NotFoundError();
  throw new FieldError("form", answerRefusal(dinner, answer.seenStartsAt, now) ?? "dinnerMoved");
}
