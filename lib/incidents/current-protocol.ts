import type { db } from "@/lib/db";
import { millis, type Millis } from "@/lib/db/json-times";
import { Prisma, type Party } from "@/lib/generated/prisma/client";

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

// The same protocol and the programme's active members (name and phone, who chose whether
// to share it) as JSON columns of a page's one statement (decision 029): the incident page
// and the protocol page. Each member by primary key (no join over the whole Person table).
export type ProtocolJson = { id: string; version: number; agreedAt: Millis; agreedById: string | null; parties: { party: Party; firstContactId: string | null; backupId: string | null; firstHour: string; firstDay: string }[] };
export type ContactMemberJson = { id: string; party: Party; consentToSharePhone: boolean; person: { name: string; phone: string | null } };

export function currentProtocolJsonSql(programmeId: string): Prisma.Sql {
  return Prisma.sql`(SELECT json_build_object('id', fp."id", 'version', fp."version", 'agreedAt', ${millis('fp."agreedAt"')}, 'agreedById', fp."agreedById", 'parties', COALESCE((
      SELECT json_agg(json_build_object('party', pp."party", 'firstContactId', pp."firstContactId", 'backupId', pp."backupId", 'firstHour', pp."firstHour", 'firstDay', pp."firstDay") ORDER BY pp."party")
      FROM "FirstStepProtocolParty" pp WHERE pp."protocolId" = fp."id"), '[]'::json))
    FROM "FirstStepProtocol" fp WHERE fp."programmeId" = ${programmeId} ORDER BY fp."version" DESC LIMIT 1)`;
}

export function contactMembersJsonSql(programmeId: string): Prisma.Sql {
  return Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', m."id", 'party', m."party", 'consentToSharePhone', m."consentToSharePhone",
                                        'person', json_build_object('name', p."name", 'phone', p."phone")) ORDER BY p."name", m."id")
      FROM "Membership" m CROSS JOIN LATERAL (SELECT p."name", p."phone" FROM "Person" p WHERE p."id" = m."personId" OFFSET 0) p
      WHERE m."programmeId" = ${programmeId} AND m."leftAt" IS NULL), '[]'::json)`;
}
