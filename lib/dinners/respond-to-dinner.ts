import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { RsvpResponse } from "@/lib/generated/prisma/enums";

// seenStartsAt: the start the member saw when answering (the answer form posts it). When the
// dinner was moved since, the answer is refused, so nobody says yes to a date they never saw.
export type DinnerAnswer = { dinnerId: string; response: RsvpResponse; dietaryNeeds?: string | null; saveDietaryDefault?: boolean; seenStartsAt?: string | null };

// The member's own answer: one row per member and dinner, changed as often as they like
// until the dinner ends. Dietary needs may also become the person's default.
export async function respondToDinner(viewer: Viewer | null, programmeId: string, answer: DinnerAnswer, now = new Date()) {
  const { viewer: me, membership } = authorize(viewer, "dinner.respond", programmeId);
  const dinner = await db.dinner.findFirst({ where: { id: answer.dinnerId, programmeId }, select: { status: true, startsAt: true, endsAt: true } });
  if (!dinner) throw new NotFoundError();
  // Each refusal says why, so the member is never left wondering (the form shows it).
  if (dinner.status === "CANCELLED") throw new FieldError("form", "dinnerCancelled");
  if (dinner.status !== "PLANNED" || dinner.endsAt <= now) throw new FieldError("form", "answersClosed");
  if (answer.seenStartsAt && new Date(answer.seenStartsAt).getTime() !== dinner.startsAt.getTime()) throw new FieldError("form", "dinnerMoved");
  const dietaryNeeds = answer.dietaryNeeds?.trim() || null;
  const values = { response: answer.response, dietaryNeeds, respondedAt: now };
  // One short batch, no interactive transaction: no connection is held while JavaScript
  // runs, so a burst of answers queues briefly for the pool instead of timing out.
  const upsert = db.rsvp.upsert({
    where: { dinnerId_membershipId: { dinnerId: answer.dinnerId, membershipId: membership.id } },
    create: { dinnerId: answer.dinnerId, membershipId: membership.id, ...values },
    update: values,
  });
  if (answer.saveDietaryDefault) await db.$transaction([upsert, db.person.update({ where: { id: me.personId }, data: { dietaryNeeds, version: { increment: 1 } } })]);
  else await upsert;
}
