import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { CheckInAnswer } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";

// One tap: "I can help", "I am hearing things", "not available now". Changing it replaces it.
export async function checkIn(viewer: Viewer | null, programmeId: string, incidentId: string, answer: CheckInAnswer) {
  const { membership } = authorize(viewer, "incident.checkIn", programmeId);
  const incident = await db.incident.findFirst({ where: { id: incidentId, programmeId, status: "OPEN" }, select: { id: true } });
  if (!incident) throw new NotFoundError();
  await db.incidentCheckIn.upsert({
    where: { incidentId_membershipId: { incidentId, membershipId: membership.id } },
    create: { incidentId, membershipId: membership.id, answer },
    update: { answer },
  });
}
