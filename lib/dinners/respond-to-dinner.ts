import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { RsvpResponse } from "@/lib/generated/prisma/enums";

export type DinnerAnswer = { dinnerId: string; response: RsvpResponse; dietaryNeeds?: string | null; saveDietaryDefault?: boolean };

// The member's own answer: one row per member and dinner, changed as often as they like
// until the dinner ends. Dietary needs may also become the person's default.
export async function respondToDinner(viewer: Viewer | null, programmeId: string, answer: DinnerAnswer, now = new Date()) {
  const { viewer: me, membership } = authorize(viewer, "dinner.respond", programmeId);
  const dinner = await db.dinner.findFirst({ where: { id: answer.dinnerId, programmeId }, select: { status: true, endsAt: true } });
  if (!dinner) throw new NotFoundError();
  if (dinner.status !== "PLANNED" || dinner.endsAt <= now) throw new FieldError("form", "answersClosed");
  const dietaryNeeds = answer.dietaryNeeds?.trim() || null;
  const values = { response: answer.response, dietaryNeeds, respondedAt: now };
  await db.$transaction(async (tx) => {
    await tx.rsvp.upsert({
      where: { dinnerId_membershipId: { dinnerId: answer.dinnerId, membershipId: membership.id } },
      create: { dinnerId: answer.dinnerId, membershipId: membership.id, ...values },
      update: values,
    });
    if (answer.saveDietaryDefault) await tx.person.update({ where: { id: me.personId }, data: { dietaryNeeds } });
  });
}
