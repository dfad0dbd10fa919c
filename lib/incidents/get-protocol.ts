import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { millis, type Millis } from "@/lib/db/json-times";
import { NotFoundError } from "@/lib/errors";
import type { Party } from "@/lib/generated/prisma/enums";
import { contactMembersJsonSql, currentProtocolJsonSql, isPartyLead, type ContactMemberJson, type ProtocolJson } from "./current-protocol";
import { protocolParties } from "./incident-input";

type ProtocolRow = {
  programme: { name: string; timeZone: string; groupChatUrl: string | null } | null;
  protocol: ProtocolJson | null;
  agreement: { id: string; version: number; text: string; createdAt: Millis; acceptances: { party: Party; acceptedBy: string; acceptedAt: Millis }[] } | null;
  members: ContactMemberJson[];
};

// The first-step protocol and the information-sharing agreement, as every member sees
// them (and the coordinator edits them). Phone numbers only of members who consented.
// ONE statement whatever the size of the programme: it was four ORM queries side by side,
// and each statement costs the CPU-bound server of its own (decision 029).
export async function getProtocol(viewer: Viewer | null, programmeId: string) {
  const { membership } = authorize(viewer, "protocol.view", programmeId);
  const [row] = await db.$queryRaw<ProtocolRow[]>`
    SELECT
      (SELECT json_build_object('name', g."name", 'timeZone', g."timeZone", 'groupChatUrl', g."groupChatUrl") FROM "Programme" g WHERE g."id" = ${programmeId}) AS "programme",
      ${currentProtocolJsonSql(programmeId)} AS "protocol",
      (SELECT json_build_object('id', sa."id", 'version', sa."version", 'text', sa."text", 'createdAt', ${millis('sa."createdAt"')}, 'acceptances', COALESCE((
                SELECT json_agg(json_build_object('party', ac."party", 'acceptedBy', ac."acceptedBy", 'acceptedAt', ${millis('ac."acceptedAt"')}) ORDER BY ac."acceptedAt", ac."party")
                FROM "SharingAgreementAcceptance" ac WHERE ac."agreementId" = sa."id"), '[]'::json))
       FROM "SharingAgreement" sa WHERE sa."programmeId" = ${programmeId} ORDER BY sa."version" DESC LIMIT 1) AS "agreement",
      ${contactMembersJsonSql(programmeId)} AS "members"`;
  const { programme, members } = row!;
  if (!programme) throw new NotFoundError();
  const protocol = row!.protocol && { ...row!.protocol, agreedAt: new Date(row!.protocol.agreedAt) };
  const agreement = row!.agreement && {
    ...row!.agreement,
    createdAt: new Date(row!.agreement.createdAt),
    acceptances: row!.agreement.acceptances.map((a) => ({ ...a, acceptedAt: new Date(a.acceptedAt) })),
  };
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
