import { db } from "@/lib/db";
import { authorize, isProfessional } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";

type Client = typeof db | Prisma.TransactionClient;

// The gate for writing to an agenda: "agenda.edit" in the programme, and the dinner must
// be the programme's. Community members never reach "professionals only" items.
export function authorizeAgendaEdit(viewer: Viewer | null, programmeId: string) {
  const { membership } = authorize(viewer, "agenda.edit", programmeId);
  return { membership, visibleItems: isProfessional(membership) ? {} : { visibility: "ALL_MEMBERS" as const } };
}

export async function requireDinner(client: Client, programmeId: string, dinnerId: string) {
  const dinner = await client.dinner.findFirst({ where: { id: dinnerId, programmeId }, select: { id: true } });
  if (!dinner) throw new NotFoundError();
  return dinner;
}
