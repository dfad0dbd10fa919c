import { FieldError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

// Serialises membership changes per programme (row lock on the programme), then refuses a
// change that would leave the programme without an active coordinator.
export async function assertAnotherCoordinatorRemains(tx: Prisma.TransactionClient, programmeId: string, membershipId: string, field = "role") {
  await tx.$queryRaw`SELECT 1 FROM "Programme" WHERE "id" = ${programmeId} FOR UPDATE`;
  const others = await tx.membership.count({ where: { programmeId, leftAt: null, role: "COORDINATOR", id: { not: membershipId } } });
  if (others === 0) throw new FieldError(field, "lastCoordinator");
}
