import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors";
import type { Party, Role } from "@/lib/generated/prisma/enums";

type MemberRow = { id: string; party: Party; role: Role; organisation: string | null; consentToSharePhone: boolean; personId: string; name: string; phone: string | null };

// The programme's active members. Phone numbers only of members who consented, and only
// ever to members of this programme (authorize); showing any is recorded in the audit log.
export async function getMemberDirectory(viewer: Viewer | null, programmeId: string) {
  const { viewer: me, membership } = authorize(viewer, "members.view", programmeId);
  // One statement: the programme and its members, to each person by key (ordering a Prisma
  // query by the person's name joined and scanned every person of the site; issue 10).
  const [row] = await db.$queryRaw<{ id: string; name: string; groupChatUrl: string | null; version: number; members: MemberRow[] }[]>`
    SELECT g."id", g."name", g."groupChatUrl", g."version",
      COALESCE((SELECT json_agg(json_build_object('id', m."id", 'party', m."party", 'role', m."role", 'organisation', m."organisation",
                                                  'consentToSharePhone', m."consentToSharePhone", 'personId', p."id", 'name', p."name", 'phone', p."phone") ORDER BY p."name", m."id")
                FROM "Membership" m CROSS JOIN LATERAL (SELECT p."id", p."name", p."phone" FROM "Person" p WHERE p."id" = m."personId" OFFSET 0) p
                WHERE m."programmeId" = g."id" AND m."leftAt" IS NULL), '[]'::json) AS "members"
    FROM "Programme" g WHERE g."id" = ${programmeId}`;
  if (!row) throw new NotFoundError();
  const { members: memberships, ...programme } = row;
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
