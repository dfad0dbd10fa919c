import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEventSql } from "@/lib/audit/record-audit-event";
import { millis, type Millis } from "@/lib/db/json-times";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Party, Role } from "@/lib/generated/prisma/enums";

type MemberRow = { id: string; party: Party; role: Role; organisation: string | null; personId: string; name: string; phone: string | null };
type InvitationRow = { id: string; email: string; name: string; party: Party; role: Role; organisation: string | null; expiresAt: Millis; createdAt: Millis };

// The programme's members page in ONE statement (decision 029): the programme, its active
// members and, for those who may manage members, the invitations not yet accepted or revoked
// (newest first; expired ones are shown as such). Phone numbers only of members who
// consented, and only ever to members of this programme (authorize); showing any is recorded
// in the audit log by the same statement.
export async function getMemberDirectory(viewer: Viewer | null, programmeId: string) {
  const { viewer: me, membership } = authorize(viewer, "members.view", programmeId);
  const canManage = can(viewer, "members.manage", programmeId);
  // To each person by key (ordering a Prisma query by the person's name joined and scanned
  // every person of the site; issue 10). A phone goes out only with consent.
  const invitations = canManage
    ? Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', i."id", 'email', i."email", 'name', i."name", 'party', i."party", 'role', i."role", 'organisation', i."organisation",
                                                          'expiresAt', ${millis('i."expiresAt"')}, 'createdAt', ${millis('i."createdAt"')}) ORDER BY i."createdAt" DESC, i."id" DESC)
                           FROM (SELECT * FROM "Invitation" i WHERE i."programmeId" = g."id" AND i."acceptedAt" IS NULL AND i."revokedAt" IS NULL
                                 ORDER BY i."createdAt" DESC, i."id" DESC LIMIT 200) i), '[]'::json)`
    : Prisma.sql`'[]'::json`;
  const [row] = await db.$queryRaw<{ id: string; name: string; groupChatUrl: string | null; version: number; members: MemberRow[]; invitations: InvitationRow[] }[]>`
    WITH members AS (
      SELECT m."id", m."party", m."role", m."organisation", p."id" AS "personId", p."name",
             CASE WHEN m."consentToSharePhone" THEN p."phone" END AS "phone"
      FROM "Membership" m CROSS JOIN LATERAL (SELECT p."id", p."name", p."phone" FROM "Person" p WHERE p."id" = m."personId" OFFSET 0) p
      WHERE m."programmeId" = ${programmeId} AND m."leftAt" IS NULL
    ), shown AS (
      SELECT count(*)::int AS n FROM members WHERE "phone" <> '' AND "id" <> ${membership.id}
    ), audit AS (
      ${auditEventSql({ kind: "directory.contacts-viewed", actorId: me.personId, programmeId }, Prisma.sql`jsonb_build_object('phones', shown.n)`, Prisma.sql`FROM shown WHERE shown.n > 0`)}
    )
    SELECT g."id", g."name", g."groupChatUrl", g."groupChatVersion" AS "version",
      COALESCE((SELECT json_agg(members ORDER BY members."name", members."id") FROM members), '[]'::json) AS "members",
      ${invitations} AS "invitations"
    FROM "Programme" g WHERE g."id" = ${programmeId}`;
  if (!row) throw new NotFoundError();
  const { members, invitations: pending, ...programme } = row;
  return {
    programme,
    members: members.map(({ id, ...member }) => ({ membershipId: id, ...member, isYou: id === membership.id })),
    invitations: pending.map((invitation) => ({ ...invitation, expiresAt: new Date(invitation.expiresAt), createdAt: new Date(invitation.createdAt) })),
    canManage,
  };
}
