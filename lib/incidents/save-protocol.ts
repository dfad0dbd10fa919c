import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/client";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError } from "@/lib/errors";
import { protocolParties } from "./incident-input";

export type ProtocolPartyInput = { party: (typeof protocolParties)[number]; firstContactId: string | null; backupId: string | null; firstHour: string; firstDay: string };

// The coordinator agrees a new version of the first-step protocol. `basedOn` is the version
// they read: when someone saved a newer one meanwhile, nothing is written.
export async function saveProtocol(viewer: Viewer | null, programmeId: string, basedOn: number, parties: ProtocolPartyInput[]) {
  const { membership } = authorize(viewer, "protocol.edit", programmeId);
  return db.$transaction(async (tx) => {
    const [latest, members] = await Promise.all([
      tx.firstStepProtocol.findFirst({ where: { programmeId }, orderBy: { version: "desc" }, select: { version: true } }),
      tx.membership.findMany({ where: { programmeId, leftAt: null }, select: { id: true, party: true } }),
    ]);
    if ((latest?.version ?? 0) !== basedOn) throw new FieldError("form", "protocolChanged");
    const partyOf = new Map(members.map((m) => [m.id, m.party]));
    for (const p of parties) {
      for (const [field, memberId] of [["firstContactId", p.firstContactId], ["backupId", p.backupId]] as const) {
        if (memberId && partyOf.get(memberId) !== p.party) throw new FieldError(`${p.party}_${field}`, "notOfParty");
      }
      if (p.firstContactId && p.firstContactId === p.backupId) throw new FieldError(`${p.party}_backupId`, "backupSameAsFirst");
    }
    try {
      return await tx.firstStepProtocol.create({
        data: { programmeId, version: basedOn + 1, agreedById: membership.id, parties: { create: parties } },
        select: { id: true, version: true },
      });
    } catch (error) {
      // Two saves of the same version at once both pass the check above; the unique
      // (programmeId, version) refuses the second, which is the same refusal as a stale form.
      if (isUniqueViolation(error)) throw new FieldError("form", "protocolChanged");
      throw error;
    }
  });
}
