import { FieldError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockRow } from "@/lib/db/locks";

// Serialises membership changes per programme (row lock on the programme), then refuses a
// change that would leave the programme without an active coordinator.
export async function assertAnotherCoordinatorRemains(tx: Prisma.TransactionClient, programmeId: string, membershipId: string, field = "role") {
  await lockRow(tx, "Programme", programmeId);
  const others = await tx.membership.count({ where: { programmeId, leftAt: null, role: "COORDINATOR", id: { not: membershipId } } });
  if (others === 0) throw new FieldError(field, "lastCoordinator");
}
