import type { db } from "@/lib/db";
import type { Party, Prisma } from "@/lib/generated/prisma/client";

type Client = typeof db | Prisma.TransactionClient;

export const protocolSelect = {
  id: true,
  version: true,
  agreedAt: true,
  agreedById: true,
  parties: { select: { party: true, firstContactId: true, backupId: true, firstHour: true, firstDay: true } },
} as const;

// The first-step protocol that holds: the highest version. One query.
export function currentProtocol(client: Client, programmeId: string) {
  return client.firstStepProtocol.findFirst({ where: { programmeId }, orderBy: { version: "desc" }, select: protocolSelect });
}

export type CurrentProtocol = NonNullable<Awaited<ReturnType<typeof currentProtocol>>>;

// The lead of a party is its first contact in the protocol that holds (decision 018):
// the one who accepts the information-sharing agreement for that party.
export function isPartyLead(protocol: Pick<CurrentProtocol, "parties"> | null, membership: { id: string; party: Party }): boolean {
  return Boolean(protocol?.parties.some((p) => p.party === membership.party && p.firstContactId === membership.id));
}
