import type { Prisma } from "@/lib/generated/prisma/client";
import type { DataSubject } from "./personal-data";

// The person, their address and every membership they hold or held: what erasure looks
// rows up by.
export async function dataSubjectOf(tx: Prisma.TransactionClient, personId: string): Promise<DataSubject> {
  const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { email: true, name: true, memberships: { select: { id: true } } } });
  return { personId, email: person.email, name: person.name, membershipIds: person.memberships.map((m) => m.id) };
}
