import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Party, Role } from "@/lib/generated/prisma/enums";

// The programme's active members. Phone numbers only of members who consented, and only
// ever to members of this programme (authorize); showing any is recorded in the audit log.
export async function getMemberDirectory(viewer: Viewer | null, programmeId: string) {
  const { viewer: me, membership } = authorize(viewer, "members.view", programmeId);
  const [programme, memberships] = await Promise.all([
    db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { id: true, name: true, groupChatUrl: true, version: true } }),
    // To each person by key: ordering a Prisma query by the person's name joined (and
    // scanned) every person of the site (issue 10).
    db.$queryRaw<{ id: string; party: Party; role: Role; organisation: string | null; consentToSharePhone: boolean; personId: string; name: string; phone: string | null }[]>`
      SELECT m."id", m."party"::text AS "party", m."role"::text AS "role", m."organisation", m."consentToSharePhone", p."id" AS "personId", p."name", p."phone"
      FROM "Membership" m CROSS JOIN LATERAL (SELECT p."id", p."name", p."phone" FROM "Person" p WHERE p."id" = m."personId" OFFSET 0) p
      WHERE m."programmeId" = ${programmeId} AND m."leftAt" IS NULL
      ORDER BY p."name", m."id"`,
  ]);
  const members = memberships.map((m) => ({
    membershipId: m.id,
    personId: m.personId,
    name: m.name,
    party: m.party,
    role: m.role,
    organisation: m.organisation,
    phone: m.consentToSharePhone ? m.phone : null,
    isYou: m.id === membership.id,
  }));
  const shownPhones = members.filter((m) => m.phone && !m.isYou).length;
  if (shownPhones > 0) {
    await recordAuditEvent({ kind: "directory.contacts-viewed", actorId: me.personId, programmeId, data: { phones: shownPhones } });
  }
  return { programme, members, canManage: can(viewer, "members.manage", programmeId) };
}
