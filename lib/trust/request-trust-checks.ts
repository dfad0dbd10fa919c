import { addDays } from "date-fns";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/env";
import { queueEmail } from "@/lib/email/queue-email";
import { trustCheckEmail } from "@/lib/email/templates/trust-check";
import { trustCheckLifetimeDays } from "./statements";
import { hashOfNoToken, linkTokenSlot } from "@/lib/email/email-links";

// Asks every member recorded as attending a held dinner the three trust statements: one
// request (hashed, expiring, single-use token) and one e-mail each, in their language, in the
// caller's transaction. Members already asked or who already answered are not asked again
// (a corrected attendance asks only those newly marked present). A fixed number of queries
// plus one e-mail row per newly asked member.
export async function requestTrustChecks(
  tx: Prisma.TransactionClient,
  input: { programmeId: string; dinnerId: string; membershipIds: readonly string[] },
  now = new Date(),
): Promise<number> {
  // Expired requests of this programme are of no use any more: gone with the next dinner.
  await tx.trustCheckRequest.deleteMany({ where: { expiresAt: { lte: now }, dinner: { programmeId: input.programmeId } } });
  if (input.membershipIds.length === 0) return 0;
  const [dinner, members] = await Promise.all([
    tx.dinner.findUniqueOrThrow({ where: { id: input.dinnerId }, select: { startsAt: true, programme: { select: { name: true, timeZone: true } } } }),
    tx.membership.findMany({
      where: {
        programmeId: input.programmeId,
        id: { in: [...input.membershipIds] },
        leftAt: null,
        trustChecks: { none: { dinnerId: input.dinnerId } },
        trustRequests: { none: { dinnerId: input.dinnerId } },
      },
      select: { id: true, person: { select: { name: true, email: true, locale: true } } },
    }),
  ]);
  if (members.length === 0) return 0;
  const expiresAt = addDays(now, trustCheckLifetimeDays);
  await tx.trustCheckRequest.createMany({
    data: members.map((member) => ({ dinnerId: input.dinnerId, membershipId: member.id, tokenHash: hashOfNoToken(), expiresAt })),
    skipDuplicates: true,
  });
  for (const member of members) {
    const email = await trustCheckEmail(
      { name: member.person.name, programme: dinner.programme.name, startsAt: dinner.startsAt, timeZone: dinner.programme.timeZone, link: `${appUrl()}/trust/${linkTokenSlot}` },
      member.person.locale,
    );
    const link = { kind: "trust-check", ref: `${input.dinnerId}:${member.id}` } as const;
    await queueEmail({ dedupeKey: `trust-check:${input.dinnerId}:${member.id}`, to: member.person.email, link, ...email }, tx);
  }
  return members.length;
}
