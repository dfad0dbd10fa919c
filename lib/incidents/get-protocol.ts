import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { currentProtocol, isPartyLead } from "./current-protocol";
import { protocolParties } from "./incident-input";

// The first-step protocol and the information-sharing agreement, as every member sees
// them (and the coordinator edits them). Phone numbers only of members who consented.
// Four queries whatever the size of the programme.
export async function getProtocol(viewer: Viewer | null, programmeId: string) {
  const { membership } = authorize(viewer, "protocol.view", programmeId);
  const [programme, protocol, agreement, members] = await Promise.all([
    db.programme.findUnique({ where: { id: programmeId }, select: { name: true, timeZone: true, groupChatUrl: true } }),
    currentProtocol(db, programmeId),
    db.sharingAgreement.findFirst({
      where: { programmeId },
      orderBy: { version: "desc" },
      select: { id: true, version: true, text: true, createdAt: true, acceptances: { select: { party: true, acceptedBy: true, acceptedAt: true } } },
    }),
    db.membership.findMany({
      where: { programmeId, leftAt: null },
      orderBy: { person: { name: "asc" } },
      select: { id: true, party: true, consentToSharePhone: true, person: { select: { name: true, phone: true } } },
    }),
  ]);
  if (!programme) throw new NotFoundError();
  const byId = new Map(members.map((m) => [m.id, { id: m.id, name: m.person.name, phone: m.consentToSharePhone ? m.person.phone : null }]));
  const parties = protocolParties.map((party) => {
    const row = protocol?.parties.find((p) => p.party === party);
    return {
      party,
      firstContact: row?.firstContactId ? (byId.get(row.firstContactId) ?? null) : null,
      backup: row?.backupId ? (byId.get(row.backupId) ?? null) : null,
      firstHour: row?.firstHour ?? "",
      firstDay: row?.firstDay ?? "",
    };
  });
  const accepted = new Set(agreement?.acceptances.map((a) => a.party));
  return {
    programme,
    protocol: protocol ? { version: protocol.version, agreedAt: protocol.agreedAt, parties } : null,
    parties,
    agreement,
    members: members.map((m) => ({ id: m.id, party: m.party, name: m.person.name })),
    canEdit: can(viewer, "protocol.edit", programmeId),
    canAccept: Boolean(agreement) && !accepted.has(membership.party) && isPartyLead(protocol, membership) && can(viewer, "agreement.accept", programmeId),
    myParty: membership.party,
  };
}

export type Protocol = Awaited<ReturnType<typeof getProtocol>>;
