import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

// The programme's active members. Phone numbers only of members who consented, and only
// ever to members of this programme (authorize); showing any is recorded in the audit log.
export async function getMemberDirectory(viewer: Viewer | null, programmeId: string) {
  const { viewer: me, membership } = authorize(viewer, "members.view", programmeId);
  const [programme, memberships] = await Promise.all([
    db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { id: true, name: true, groupChatUrl: true, version: true } }),
    db.membership.findMany({
      where: { programmeId, leftAt: null },
      orderBy: [{ person: { name: "asc" } }, { id: "asc" }],
      select: {
        id: true,
        party: true,
        role: true,
        organisation: true,
        consentToSharePhone: true,
        person: { select: { id: true, name: true, phone: true } },
      },
    }),
  ]);
  const members = memberships.map((m) => ({
    membershipId: m.id,
    personId: m.person.id,
    name: m.person.name,
    party: m.party,
    role: m.role,
    organisation: m.organisation,
    phone: m.consentToSharePhone ? m.person.phone : null,
    isYou: m.id === membership.id,
  }));
  const shownPhones = members.filter((m) => m.phone && !m.isYou).length;
  if (shownPhones > 0) {
    await recordAuditEvent({ kind: "directory.contacts-viewed", actorId: me.personId, programmeId, data: { phones: shownPhones } });
  }
  return { programme, members, canManage: can(viewer, "members.manage", programmeId) };
}
