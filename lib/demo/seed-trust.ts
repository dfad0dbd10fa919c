import { addDays } from "date-fns";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";
import { hashOfNoToken } from "@/lib/email/email-links";
import { createPerson, createTrustAnswer } from "./factories";

type Member = { id: string; party: Party };

// Demo trust checks: the attendees of the held dinners answered (trust growing over the
// year); of the latest dinner two members have not answered yet (their start-page card is
// open). The community always reaches the threshold of three, police and municipality never,
// so the dashboard shows everyone and the community only. Plus a regional coordinator
// ("regional@allies.demo") appointed for both demo programmes.
export async function seedDemoTrust(
  tx: Prisma.TransactionClient,
  input: { heldDinnerIds: string[]; attendees: Member[][]; openFor: string[]; programmeIds: string[]; regional: { name: string; email: string }; now: Date },
) {
  for (const [index, dinnerId] of input.heldDinnerIds.entries()) {
    for (const [i, member] of (input.attendees[index] ?? []).entries()) {
      if (index === input.heldDinnerIds.length - 1 && input.openFor.includes(member.id)) {
        await tx.trustCheckRequest.create({ data: { dinnerId, membershipId: member.id, tokenHash: hashOfNoToken(), expiresAt: addDays(input.now, 14) } });
        continue;
      }
      const base = 2 + index * 0.6 + (i % 3) * 0.5;
      const score = (shift: number) => Math.max(1, Math.min(5, Math.round(base + shift)));
      await createTrustAnswer(tx, { dinnerId, membershipId: member.id, party: member.party, keepsPromises: score(0), wouldCall: score(-0.5), speakFreely: i % 4 === 3 ? null : score(0.5) });
    }
  }
  const regional = await createPerson(tx, { name: input.regional.name, email: input.regional.email, locale: "en" });
  await tx.regionalCoordinator.createMany({ data: input.programmeIds.map((programmeId) => ({ personId: regional.id, programmeId })) });
}
