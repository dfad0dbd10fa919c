import { addressKey } from "@/lib/auth/address-key";
import { isoTime } from "@/lib/db/json-times";
import { maxDeliveryAttempts } from "@/lib/email/deliver-emails";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionStatus, CheckInAnswer, Locale, Party, PollAnswer, Role, RsvpResponse } from "@/lib/generated/prisma/enums";
import { pruneExpiredSignals } from "@/lib/signals/delete-expired-signals";
import type { SignalRow } from "@/lib/signals/signal-row";

// THE one list of personal and sensitive data Allies keeps (decision 021). Each kind says
// which fields hold it, which relations to Person or Membership it covers, who sees it
// and how long it is kept, and carries the SQL that exports it and the code that erases it
// and enforces its retention. Export (lib/account/export-personal-data.ts), erasure
// (lib/account/erase-person.ts), the nightly retention job (lib/privacy/enforce-retention.ts)
// and the privacy page (app/programmes/[programmeId]/privacy) all read this list, and
// lib/privacy/personal-data.test.ts fails when the schema holds a text field or a relation
// to Person or Membership that is neither listed here nor in `notPersonalData`.

type Tx = Prisma.TransactionClient;

// Whose data is erased: the person, their address and their memberships.
export type DataSubject = { personId: string; email: string; name: string; membershipIds: string[] };

// Whose data is anonymised by the retention of ended memberships: people and every membership
// they hold or held (all ended).
export type People = { personIds: string[]; membershipIds: string[] };

const peopleOf = (subject: DataSubject): People => ({ personIds: [subject.personId], membershipIds: subject.membershipIds });

// How long a kind is kept.
// - days: deleted or emptied `defaultDays` after the moment `from`; when `programmeMayChoose`,
//   a programme's coordinator may choose between `minDays` and `maxDays` (stored on
//   Programme.retentionDays).
// - account: as long as the person has an account (erased on request).
// - membership: as long as the membership; ended memberships follow "endedMemberships".
// - programme: as long as the programme exists (no personal data by design).
// - expiry: until it expires, then deleted.
export type Retention =
  | { kind: "days"; from: RetentionStart; defaultDays: number; minDays: number; maxDays: number; programmeMayChoose: boolean }
  | { kind: "account" | "membership" | "programme" | "expiry" };

export type RetentionStart = "dinner" | "written" | "ended" | "pollClosed" | "sent" | "finished" | "superseded" | "recorded" | "window";

export type Audience = "you" | "members" | "coordinators" | "nobody";

// A kind's export: SQL for one JSON value of type T (times as ISO text, `isoTime`), a part of
// the export's one statement (lib/account/export-personal-data.ts, decision 029). It finds the
// person's rows through that statement's `me` ("id", "email": the person) and `mine` ("id":
// every membership they hold or held). The type only tells the export what comes back.
export type ExportSql<T> = Prisma.Sql & { readonly json?: T };

const exportJson = <T>(sql: Prisma.Sql): ExportSql<T> => sql;

// Rows as a JSON array: `query` is a SELECT json_agg(…), which gives NULL for no rows.
const exportRows = <T>(query: Prisma.Sql): ExportSql<T[]> => Prisma.sql`COALESCE((${query}), '[]'::json)`;

// Times in an export: ISO text.
type Iso = string;

export type PersonalDataKind = {
  key: string;
  // "Model.field": the text, JSON and token fields holding this kind.
  fields: readonly string[];
  // "Model.relationField": relations to Person or Membership this kind covers.
  links: readonly string[];
  audience: Audience;
  retention: Retention;
  // What the person gets in their export (only their own rows, no secrets).
  exportSql?: ExportSql<unknown>;
  // Removes or anonymises the person's rows. Runs in list order; "person" (last) deletes the person.
  erase?: (tx: Tx, subject: DataSubject, now: Date) => Promise<unknown>;
  // Anonymises the rows of people whose every membership ended longer ago than the period
  // ("endedMemberships"): their memberships and what hangs on them stay, copies of their name
  // and what signs them in or reaches them go. Runs in list order; "person" (last) renames
  // them. The same code as the kind's `erase` (which calls it), so the two cannot drift.
  anonymise?: (tx: Tx, people: People) => Promise<unknown>;
  // Enforces a "days" or "expiry" retention; returns the number of rows deleted or emptied.
  prune?: (tx: Tx, now: Date) => Promise<number>;
};

const day = 24 * 60 * 60 * 1000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * day);

// The SQL expression of a programme's chosen period for `key`, within the kind's bounds
// (alias `p` is the Programme row). An unset or malformed choice falls back to the default.
function programmeDays(key: string, retention: Retention) {
  if (retention.kind !== "days") throw new Error(`${key} has no period`);
  const { defaultDays, minDays, maxDays } = retention;
  if (!retention.programmeMayChoose) return Prisma.sql`${defaultDays}::int`;
  return Prisma.sql`LEAST(GREATEST(COALESCE(CASE WHEN jsonb_typeof(p."retentionDays"->${key}) = 'number' THEN (p."retentionDays"->>${key})::numeric::int END, ${defaultDays}::int), ${minDays}::int), ${maxDays}::int)`;
}

// The cut-off moment for each programme: `now` minus its period.
function cutoff(key: string, retention: Retention, now: Date) {
  return Prisma.sql`(${now}::timestamptz - make_interval(days => ${programmeDays(key, retention)}))`;
}

const retentionOf = {
  endedMemberships: { kind: "days", from: "ended", defaultDays: 365, minDays: 30, maxDays: 1095, programmeMayChoose: true },
  dietaryNeeds: { kind: "days", from: "dinner", defaultDays: 30, minDays: 1, maxDays: 365, programmeMayChoose: true },
  pollVotes: { kind: "days", from: "pollClosed", defaultDays: 90, minDays: 7, maxDays: 730, programmeMayChoose: true },
  actionUpdates: { kind: "days", from: "written", defaultDays: 1095, minDays: 365, maxDays: 3650, programmeMayChoose: true },
  agendaNotes: { kind: "days", from: "dinner", defaultDays: 1825, minDays: 365, maxDays: 3650, programmeMayChoose: true },
  planHistory: { kind: "days", from: "superseded", defaultDays: 1825, minDays: 365, maxDays: 3650, programmeMayChoose: true },
  auditEvents: { kind: "days", from: "recorded", defaultDays: 730, minDays: 365, maxDays: 1825, programmeMayChoose: true },
  invitations: { kind: "days", from: "finished", defaultDays: 90, minDays: 30, maxDays: 365, programmeMayChoose: true },
  emails: { kind: "days", from: "sent", defaultDays: 30, minDays: 30, maxDays: 30, programmeMayChoose: false },
  rateLimits: { kind: "days", from: "window", defaultDays: 1, minDays: 1, maxDays: 1, programmeMayChoose: false },
} as const satisfies Record<string, Retention>;

export const erasedName = "Former member";

// A kind whose erasure is its anonymisation: one function for both.
function forgets(anonymise: (tx: Tx, people: People) => Promise<unknown>) {
  return { anonymise, erase: (tx: Tx, subject: DataSubject) => anonymise(tx, peopleOf(subject)) };
}

// Names kept "at the time" on incident records become "Former member"; erasure also unlinks
// the memberships ("incidentRoles").
async function anonymiseIncidentRoles(tx: Tx, people: People) {
  const ids = { in: people.membershipIds };
  await tx.sharingAgreementAcceptance.updateMany({ where: { membershipId: ids }, data: { acceptedBy: erasedName } });
  await tx.jointMessageApproval.updateMany({ where: { membershipId: ids }, data: { approvedBy: erasedName } });
  await tx.jointMessage.updateMany({ where: { authorId: ids }, data: { authorName: erasedName } });
}

// Every kind's anonymisation, in list order (the person's own row last).
async function anonymisePeople(tx: Tx, people: People): Promise<void> {
  for (const kind of personalData as readonly PersonalDataKind[]) await kind.anonymise?.(tx, people);
}

export const personalData = [
  {
    key: "memberships",
    fields: ["Membership.organisation"],
    links: ["Membership.person"],
    audience: "members",
    retention: { kind: "membership" },
    exportSql: exportRows<{ id: string; party: Party; role: Role; organisation: string | null; commitmentAcceptedAt: Iso | null; consentToSharePhone: boolean; joinedAt: Iso; leftAt: Iso | null; programme: { id: string; name: string } }>(Prisma.sql`
      SELECT json_agg(json_build_object('id', m."id", 'party', m."party", 'role', m."role", 'organisation', m."organisation", 'commitmentAcceptedAt', ${isoTime('m."commitmentAcceptedAt"')},
                                        'consentToSharePhone', m."consentToSharePhone", 'joinedAt', ${isoTime('m."joinedAt"')}, 'leftAt', ${isoTime('m."leftAt"')},
                                        'programme', json_build_object('id', p."id", 'name', p."name")) ORDER BY m."joinedAt", m."id")
      FROM "Membership" m JOIN "Programme" p ON p."id" = m."programmeId"
      WHERE m."personId" = (SELECT "id" FROM me)`),
    // The rows themselves go with the person (cascade), after the kinds below used their ids.
  },
  {
    key: "endedMemberships",
    fields: [],
    links: [],
    audience: "coordinators",
    retention: retentionOf.endedMemberships,
    prune: async (tx, now) => {
      const r = retentionOf.endedMemberships;
      // Contact details of a membership that ended longer ago than the programme's period.
      const memberships = await tx.$executeRaw`
        UPDATE "Membership" m SET organisation = NULL, "consentToSharePhone" = false
        FROM "Programme" p
        WHERE p.id = m."programmeId" AND m."leftAt" IS NOT NULL AND m."leftAt" < ${cutoff("endedMemberships", r, now)}
          AND (m.organisation IS NOT NULL OR m."consentToSharePhone")`;
      // A person whose every membership ended that long ago (and who has no other role)
      // keeps no contact details: every kind's `anonymise` runs for them (the code erasure
      // runs too): names kept "at the time" become "Former member", sessions, the sign-on
      // link, push devices and the calendar feed go, and last name, address, phone and
      // preferences are anonymised. The same statements whatever the number of people.
      const people = await tx.$queryRaw<{ personId: string; membershipIds: string[] }[]>`
        SELECT x.id AS "personId", ARRAY(SELECT m.id FROM "Membership" m WHERE m."personId" = x.id) AS "membershipIds"
        FROM "Person" x
        WHERE NOT x."isAdmin" AND x.email NOT LIKE 'erased-%@invalid'
          AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."personId" = x.id)
          AND NOT EXISTS (SELECT 1 FROM "RegionalCoordinator" rc WHERE rc."personId" = x.id)
          AND NOT EXISTS (
            SELECT 1 FROM "Membership" m JOIN "Programme" p ON p.id = m."programmeId"
            WHERE m."personId" = x.id AND (m."leftAt" IS NULL OR m."leftAt" >= ${cutoff("endedMemberships", r, now)}))
        FOR UPDATE OF x`;
      if (people.length > 0) await anonymisePeople(tx, { personIds: people.map((x) => x.personId), membershipIds: people.flatMap((x) => x.membershipIds) });
      return memberships + people.length;
    },
  },
  {
    key: "rsvps",
    fields: [],
    links: ["Rsvp.membership"],
    audience: "members",
    retention: { kind: "membership" },
    exportSql: exportRows<{ response: RsvpResponse | null; dietaryNeeds: string | null; attended: boolean | null; respondedAt: Iso | null; dinner: { id: string; startsAt: Iso; venueName: string; programme: { name: string } } }>(Prisma.sql`
      SELECT json_agg(json_build_object('response', r."response", 'dietaryNeeds', r."dietaryNeeds", 'attended', r."attended", 'respondedAt', ${isoTime('r."respondedAt"')},
                                        'dinner', json_build_object('id', d."id", 'startsAt', ${isoTime('d."startsAt"')}, 'venueName', d."venueName", 'programme', json_build_object('name', p."name")))
                      ORDER BY d."startsAt", d."id")
      FROM "Rsvp" r JOIN "Dinner" d ON d."id" = r."dinnerId" JOIN "Programme" p ON p."id" = d."programmeId"
      WHERE r."membershipId" IN (SELECT "id" FROM mine)`),
    erase: (tx, s) => tx.rsvp.deleteMany({ where: { membershipId: { in: s.membershipIds } } }),
  },
  {
    key: "dietaryNeeds",
    fields: ["Rsvp.dietaryNeeds"],
    links: [],
    audience: "coordinators",
    retention: retentionOf.dietaryNeeds,
    prune: (tx, now) => tx.$executeRaw`
      UPDATE "Rsvp" r SET "dietaryNeeds" = NULL
      FROM "Dinner" d JOIN "Programme" p ON p.id = d."programmeId"
      WHERE d.id = r."dinnerId" AND r."dietaryNeeds" IS NOT NULL AND d."endsAt" < ${cutoff("dietaryNeeds", retentionOf.dietaryNeeds, now)}`,
  },
  {
    key: "pollVotes",
    fields: [],
    links: ["DatePollVote.membership"],
    audience: "members",
    retention: retentionOf.pollVotes,
    exportSql: exportRows<{ answer: PollAnswer; option: { startsAt: Iso; endsAt: Iso; poll: { id: string; title: string } } }>(Prisma.sql`
      SELECT json_agg(json_build_object('answer', v."answer", 'option', json_build_object('startsAt', ${isoTime('o."startsAt"')}, 'endsAt', ${isoTime('o."endsAt"')},
                                                                                           'poll', json_build_object('id', q."id", 'title', q."title")))
                      ORDER BY o."startsAt", o."id")
      FROM "DatePollVote" v JOIN "DatePollOption" o ON o."id" = v."optionId" JOIN "DatePoll" q ON q."id" = o."pollId"
      WHERE v."membershipId" IN (SELECT "id" FROM mine)`),
    erase: (tx, s) => tx.datePollVote.deleteMany({ where: { membershipId: { in: s.membershipIds } } }),
    prune: (tx, now) => tx.$executeRaw`
      DELETE FROM "DatePollVote" v USING "DatePollOption" o, "DatePoll" q, "Programme" p
      WHERE o.id = v."optionId" AND q.id = o."pollId" AND p.id = q."programmeId"
        AND q."closedAt" IS NOT NULL AND q."closedAt" < ${cutoff("pollVotes", retentionOf.pollVotes, now)}`,
  },
  {
    key: "actionOwnership",
    fields: [],
    // Action.createdBy: who logged an action (issue 14), unattributed on erasure.
    links: ["ActionOwner.membership", "Action.createdBy"],
    audience: "members",
    retention: { kind: "membership" },
    // The actions the person owns, and those they logged (whoever owns them).
    exportSql: exportJson<{
      owned: { id: string; title: string; status: ActionStatus; dueDate: Iso | null; programme: { name: string } }[];
      logged: { id: string; title: string; createdAt: Iso; programme: { name: string } }[];
    }>(Prisma.sql`json_build_object(
      'owned', ${exportRows(Prisma.sql`
        SELECT json_agg(json_build_object('id', a."id", 'title', a."title", 'status', a."status", 'dueDate', ${isoTime('a."dueDate"', "date")}, 'programme', json_build_object('name', p."name"))
                        ORDER BY a."createdAt", a."id")
        FROM "ActionOwner" w JOIN "Action" a ON a."id" = w."actionId" JOIN "Programme" p ON p."id" = a."programmeId"
        WHERE w."membershipId" IN (SELECT "id" FROM mine)`)},
      'logged', ${exportRows(Prisma.sql`
        SELECT json_agg(json_build_object('id', a."id", 'title', a."title", 'createdAt', ${isoTime('a."createdAt"')}, 'programme', json_build_object('name', p."name"))
                        ORDER BY a."createdAt", a."id")
        FROM "Action" a JOIN "Programme" p ON p."id" = a."programmeId"
        WHERE a."createdById" IN (SELECT "id" FROM mine)`)})`),
    erase: async (tx, s) => {
      await tx.action.updateMany({ where: { createdById: { in: s.membershipIds } }, data: { createdById: null } });
      return tx.actionOwner.deleteMany({ where: { membershipId: { in: s.membershipIds } } });
    },
  },
  {
    key: "actionUpdates",
    fields: ["ActionUpdate.text"],
    links: ["ActionUpdate.author"],
    audience: "members",
    retention: retentionOf.actionUpdates,
    exportSql: exportRows<{ id: string; text: string; fromStatus: ActionStatus | null; toStatus: ActionStatus | null; createdAt: Iso; action: { id: string; title: string } }>(Prisma.sql`
      SELECT json_agg(json_build_object('id', u."id", 'text', u."text", 'fromStatus', u."fromStatus", 'toStatus', u."toStatus", 'createdAt', ${isoTime('u."createdAt"')},
                                        'action', json_build_object('id', a."id", 'title', a."title")) ORDER BY u."createdAt", u."id")
      FROM "ActionUpdate" u JOIN "Action" a ON a."id" = u."actionId"
      WHERE u."authorId" IN (SELECT "id" FROM mine)`),
    // The text may name someone or hold a number: it goes; a status change stays, unattributed.
    erase: (tx, s) => tx.actionUpdate.updateMany({ where: { authorId: { in: s.membershipIds } }, data: { text: "", authorId: null } }),
    prune: (tx, now) => tx.$executeRaw`
      UPDATE "ActionUpdate" u SET text = ''
      FROM "Action" a JOIN "Programme" p ON p.id = a."programmeId"
      WHERE a.id = u."actionId" AND u.text <> '' AND u."createdAt" < ${cutoff("actionUpdates", retentionOf.actionUpdates, now)}`,
  },
  {
    key: "agendaNotes",
    fields: ["AgendaItem.notes"],
    links: [],
    audience: "members",
    retention: retentionOf.agendaNotes,
    prune: (tx, now) => tx.$executeRaw`
      UPDATE "AgendaItem" i SET notes = ''
      FROM "Dinner" d JOIN "Programme" p ON p.id = d."programmeId"
      WHERE d.id = i."dinnerId" AND i.notes <> '' AND d."endsAt" < ${cutoff("agendaNotes", retentionOf.agendaNotes, now)}`,
  },
  {
    key: "planHistory",
    fields: ["ProgrammePlan.vision", "ProgrammePlan.goals", "ProgrammePlan.policeRole", "ProgrammePlan.municipalityRole", "ProgrammePlan.communityRole"],
    links: ["ProgrammePlan.author"],
    audience: "members",
    retention: retentionOf.planHistory,
    exportSql: exportRows<{ programmeId: string; version: number; reviewedUnchanged: boolean; createdAt: Iso }>(Prisma.sql`
      SELECT json_agg(json_build_object('programmeId', v."programmeId", 'version', v."version", 'reviewedUnchanged', v."reviewedUnchanged", 'createdAt', ${isoTime('v."createdAt"')})
                      ORDER BY v."createdAt", v."id")
      FROM "ProgrammePlan" v WHERE v."authorId" IN (SELECT "id" FROM mine)`),
    // The plan belongs to the programme; only who wrote a version is forgotten.
    erase: (tx, s) => tx.programmePlan.updateMany({ where: { authorId: { in: s.membershipIds } }, data: { authorId: null } }),
    // Earlier versions, once a newer one is that old; the current version always stays.
    prune: (tx, now) => tx.$executeRaw`
      DELETE FROM "ProgrammePlan" v USING "Programme" p
      WHERE p.id = v."programmeId" AND EXISTS (
        SELECT 1 FROM "ProgrammePlan" n
        WHERE n."programmeId" = v."programmeId" AND n.version = v.version + 1 AND n."createdAt" < ${cutoff("planHistory", retentionOf.planHistory, now)})`,
  },
  {
    key: "readinessNotes",
    fields: ["ReadinessPoint.notes"],
    links: [],
    audience: "members",
    retention: { kind: "programme" },
  },
  {
    key: "trustCheckReceipts",
    fields: [],
    links: ["TrustCheckReceipt.membership"],
    audience: "nobody",
    retention: { kind: "membership" },
    exportSql: exportRows<{ dinnerId: string }>(Prisma.sql`
      SELECT json_agg(json_build_object('dinnerId', r."dinnerId") ORDER BY r."dinnerId")
      FROM "TrustCheckReceipt" r WHERE r."membershipId" IN (SELECT "id" FROM mine)`),
    erase: (tx, s) => tx.trustCheckReceipt.deleteMany({ where: { membershipId: { in: s.membershipIds } } }),
  },
  {
    key: "auditEvents",
    fields: ["AuditEvent.kind", "AuditEvent.subjectId", "AuditEvent.data"],
    links: ["AuditEvent.actor"],
    audience: "coordinators",
    retention: retentionOf.auditEvents,
    // With their details (`data`): every kind of event stores there only ids, counts, roles,
    // parties, a sign-in method, a language, retention choices and dinner times and public
    // venues, never a name, address, phone number or free text (decision 010), so none holds
    // another person's personal data and the details are exported as they are. An event
    // whose details held someone else's personal data would have to leave them out here.
    exportSql: exportRows<{ kind: string; programmeId: string | null; createdAt: Iso; actorId: string | null; subjectId: string | null; data: Prisma.JsonValue | null }>(Prisma.sql`
      SELECT json_agg(json_build_object('kind', e."kind", 'programmeId', e."programmeId", 'createdAt', ${isoTime('e."createdAt"')}, 'actorId', e."actorId", 'subjectId', e."subjectId", 'data', e."data")
                      ORDER BY e."createdAt", e."id")
      FROM (SELECT * FROM "AuditEvent" e
            -- ANY(ARRAY(…)), not IN (…): with the OR, only this lets PostgreSQL use both indexes.
            WHERE e."actorId" = (SELECT "id" FROM me) OR e."subjectId" = ANY(ARRAY(SELECT "id" FROM me UNION ALL SELECT "id" FROM mine))
            ORDER BY e."createdAt", e."id" LIMIT 10000) e`),
    // The events stay (a coordinator's log must not lose its entries), without the details
    // and without who did it.
    erase: (tx, s) =>
      tx.auditEvent.updateMany({ where: { OR: [{ actorId: s.personId }, { subjectId: { in: [s.personId, ...s.membershipIds] } }] }, data: { actorId: null, subjectId: null, data: Prisma.DbNull } }),
    prune: async (tx, now) => {
      const r = retentionOf.auditEvents;
      const inProgrammes = await tx.$executeRaw`
        DELETE FROM "AuditEvent" e USING "Programme" p
        WHERE p.id = e."programmeId" AND e."createdAt" < ${cutoff("auditEvents", r, now)}`;
      const siteWide = await tx.auditEvent.deleteMany({ where: { programmeId: null, createdAt: { lt: daysBefore(now, r.defaultDays) } } });
      return inProgrammes + siteWide.count;
    },
  },
  {
    key: "emails",
    fields: ["Email.to", "Email.subject", "Email.text", "Email.html", "Email.dedupeKey", "Email.lastError"],
    links: [],
    audience: "nobody",
    retention: retentionOf.emails,
    // Subjects and dates: the bodies held sign-in and invitation links, secrets not to put in a file.
    exportSql: exportRows<{ subject: string; createdAt: Iso; sentAt: Iso | null }>(Prisma.sql`
      SELECT json_agg(json_build_object('subject', e."subject", 'createdAt', ${isoTime('e."createdAt"')}, 'sentAt', ${isoTime('e."sentAt"')}) ORDER BY e."createdAt", e."id")
      FROM "Email" e WHERE e."to" = (SELECT "email" FROM me)`),
    erase: (tx, s) => tx.email.deleteMany({ where: { to: s.email } }),
    // Delivered (or given up after 5 attempts) more than the period ago.
    prune: async (tx, now) => {
      const before = daysBefore(now, retentionOf.emails.defaultDays);
      const { count } = await tx.email.deleteMany({ where: { OR: [{ sentAt: { lt: before } }, { sentAt: null, attempts: { gte: maxDeliveryAttempts }, createdAt: { lt: before } }] } });
      return count;
    },
  },
  {
    key: "invitations",
    fields: ["Invitation.email", "Invitation.name", "Invitation.organisation", "Invitation.tokenHash"],
    links: ["Invitation.invitedBy"],
    audience: "coordinators",
    retention: retentionOf.invitations,
    exportSql: exportJson<{
      received: { name: string; email: string; party: Party; role: Role; organisation: string | null; createdAt: Iso; expiresAt: Iso; acceptedAt: Iso | null; revokedAt: Iso | null; programme: { name: string } }[];
      sent: { programmeId: string; createdAt: Iso }[];
    }>(Prisma.sql`json_build_object(
      'received', ${exportRows(Prisma.sql`
        SELECT json_agg(json_build_object('name', i."name", 'email', i."email", 'party', i."party", 'role', i."role", 'organisation', i."organisation", 'createdAt', ${isoTime('i."createdAt"')},
                                          'expiresAt', ${isoTime('i."expiresAt"')}, 'acceptedAt', ${isoTime('i."acceptedAt"')}, 'revokedAt', ${isoTime('i."revokedAt"')},
                                          'programme', json_build_object('name', p."name")) ORDER BY i."createdAt", i."id")
        FROM "Invitation" i JOIN "Programme" p ON p."id" = i."programmeId" WHERE i."email" = (SELECT "email" FROM me)`)},
      -- Who was invited is their data, not the inviter's: only when.
      'sent', ${exportRows(Prisma.sql`
        SELECT json_agg(json_build_object('programmeId', i."programmeId", 'createdAt', ${isoTime('i."createdAt"')}) ORDER BY i."createdAt", i."id")
        FROM "Invitation" i WHERE i."invitedById" = (SELECT "id" FROM me)`)})`),
    erase: async (tx, s) => {
      await tx.invitation.deleteMany({ where: { email: s.email } });
      await tx.invitation.updateMany({ where: { invitedById: s.personId }, data: { invitedById: null } });
    },
    // Accepted, revoked or expired more than the period ago.
    prune: (tx, now) => tx.$executeRaw`
      DELETE FROM "Invitation" i USING "Programme" p
      WHERE p.id = i."programmeId" AND COALESCE(i."acceptedAt", i."revokedAt", i."expiresAt") < ${cutoff("invitations", retentionOf.invitations, now)}`,
  },
  {
    key: "sessions",
    fields: ["Session.tokenHash"],
    links: ["Session.person"],
    audience: "nobody",
    retention: { kind: "expiry" },
    exportSql: exportRows<{ expires: Iso }>(Prisma.sql`
      SELECT json_agg(json_build_object('expires', ${isoTime('x."expires"')}) ORDER BY x."expires", x."id") FROM "Session" x WHERE x."personId" = (SELECT "id" FROM me)`),
    ...forgets((tx, people) => tx.session.deleteMany({ where: { personId: { in: people.personIds } } })),
    prune: async (tx, now) => (await tx.session.deleteMany({ where: { expires: { lt: now } } })).count,
  },
  {
    key: "signInLinks",
    fields: ["VerificationToken.identifier", "VerificationToken.token"],
    links: [],
    audience: "nobody",
    retention: { kind: "expiry" },
    exportSql: exportRows<{ expires: Iso }>(Prisma.sql`
      SELECT json_agg(json_build_object('expires', ${isoTime('t."expires"')}) ORDER BY t."expires") FROM "VerificationToken" t WHERE t."identifier" = (SELECT "email" FROM me)`),
    erase: (tx, s) => tx.verificationToken.deleteMany({ where: { identifier: s.email } }),
    prune: async (tx, now) => (await tx.verificationToken.deleteMany({ where: { expires: { lt: now } } })).count,
  },
  {
    key: "rateLimits",
    fields: ["RateLimit.key"],
    links: [],
    audience: "nobody",
    retention: retentionOf.rateLimits,
    // Keys hold the address's keyed hash, never the address (lib/auth/address-key.ts): the
    // export's `me` carries it, made in Node, so the hash's secret never goes to PostgreSQL.
    exportSql: exportRows<{ key: string; windowStart: Iso; count: number }>(Prisma.sql`
      SELECT json_agg(json_build_object('key', l."key", 'windowStart', ${isoTime('l."windowStart"')}, 'count', l."count") ORDER BY l."windowStart", l."key")
      FROM "RateLimit" l WHERE strpos(l."key", (SELECT "addressKey" FROM me)) > 0`),
    // strpos, not Prisma's `contains` (a LIKE): the key is data, its characters no wildcards.
    erase: (tx, s) => tx.$executeRaw`DELETE FROM "RateLimit" WHERE strpos("key", ${addressKey(s.email)}) > 0`,
    prune: async (tx, now) => (await tx.rateLimit.deleteMany({ where: { windowStart: { lt: daysBefore(now, retentionOf.rateLimits.defaultDays) } } })).count,
  },
  {
    key: "accounts",
    fields: ["Account.type", "Account.provider", "Account.providerAccountId"],
    links: ["Account.person"],
    audience: "nobody",
    retention: { kind: "account" },
    // The single sign-on link: the provider and the person's id there (not a secret).
    exportSql: exportRows<{ type: string; provider: string; providerAccountId: string }>(Prisma.sql`
      SELECT json_agg(json_build_object('type', a."type", 'provider', a."provider", 'providerAccountId', a."providerAccountId") ORDER BY a."provider", a."id")
      FROM "Account" a WHERE a."personId" = (SELECT "id" FROM me)`),
    ...forgets((tx, people) => tx.account.deleteMany({ where: { personId: { in: people.personIds } } })),
  },
  {
    key: "calendarToken",
    fields: ["Person.calendarTokenHash", "Person.calendarTokenExpiresAt"],
    links: [],
    audience: "you",
    retention: { kind: "account" },
    // Only whether there is a feed address and until when: the address itself is not kept.
    exportSql: exportJson<{ expires: Iso } | null>(Prisma.sql`(SELECT CASE WHEN x."calendarTokenHash" IS NULL THEN NULL ELSE json_build_object('expires', ${isoTime('x."calendarTokenExpiresAt"')}) END FROM "Person" x WHERE x."id" = (SELECT "id" FROM me))`),
    // Erased with the person row ("person"); anonymisation ends the feed.
    anonymise: (tx, people) => tx.person.updateMany({ where: { id: { in: people.personIds } }, data: { calendarTokenHash: null, calendarTokenExpiresAt: null } }),
  },
  // Signals (issue 11, docs/tension-picture.md): what a member noticed in the neighbourhood,
  // never about a person (decision 013). Deleted after the programme's signal retention
  // (SignalSettings.retentionMonths, default 12); erasure removes the author and the texts
  // (decision 016): the level, topic, area and the month counts stay for the picture.
  {
    key: "signals",
    fields: ["Signal.text", "Signal.closingNote"],
    links: ["Signal.author"],
    audience: "members",
    retention: { kind: "days", from: "written", defaultDays: 365, minDays: 30, maxDays: 1825, programmeMayChoose: false },
    exportSql: exportRows<Omit<SignalRow, "createdAt"> & { closingNote: string | null; createdAt: Iso; programme: { name: string } }>(Prisma.sql`
      SELECT json_agg(json_build_object('id', s."id", 'text', s."text", 'level', s."level", 'source', s."source", 'visibility', s."visibility", 'status', s."status",
                                        'closingNote', s."closingNote", 'createdAt', ${isoTime('s."createdAt"')},
                                        'topic', (SELECT json_build_object('key', t."key", 'name', t."name") FROM "Topic" t WHERE t."id" = s."topicId"),
                                        'area', (SELECT json_build_object('name', a."name") FROM "SignalArea" a WHERE a."id" = s."areaId"),
                                        'programme', json_build_object('name', p."name")) ORDER BY s."createdAt", s."id")
      FROM "Signal" s JOIN "Programme" p ON p."id" = s."programmeId"
      WHERE s."authorId" IN (SELECT "id" FROM mine)`),
    erase: (tx, s) => tx.signal.updateMany({ where: { authorId: { in: s.membershipIds } }, data: { authorId: null, text: "", version: { increment: 1 } } }),
    prune: (tx, now) => pruneExpiredSignals(tx, now),
  },
  // The one-tap pulse links: only THAT a member answered a round (never what); deleted when the round closes.
  {
    key: "pulseInvites",
    fields: ["PulseInvite.tokenHash"],
    links: ["PulseInvite.membership"],
    audience: "nobody",
    retention: { kind: "expiry" },
    exportSql: exportRows<{ answered: boolean; expiresAt: Iso; round: { opensAt: Iso; programme: { name: string } } }>(Prisma.sql`
      SELECT json_agg(json_build_object('answered', i."answered", 'expiresAt', ${isoTime('i."expiresAt"')},
                                        'round', json_build_object('opensAt', ${isoTime('r."opensAt"')}, 'programme', json_build_object('name', p."name"))) ORDER BY r."opensAt", r."id")
      FROM "PulseInvite" i JOIN "PulseRound" r ON r."id" = i."roundId" JOIN "Programme" p ON p."id" = r."programmeId"
      WHERE i."membershipId" IN (SELECT "id" FROM mine)`),
    erase: (tx, s) => tx.pulseInvite.deleteMany({ where: { membershipId: { in: s.membershipIds } } }),
  },
  // ---- Added for the models of issues 12 (incidents, push) and 13 (trust check, regional view) by the
  // engineer of the one list; their owners may refine them. ----
  // Issue 14: reminder e-mails' answer links (hashed token, expires when the dinner starts).
  {
    key: "dinnerAnswerLinks",
    fields: ["DinnerAnswerLink.tokenHash"],
    links: ["DinnerAnswerLink.membership"],
    audience: "nobody",
    retention: { kind: "expiry" },
    exportSql: exportRows<{ dinnerId: string; expiresAt: Iso }>(Prisma.sql`
      SELECT json_agg(json_build_object('dinnerId', l."dinnerId", 'expiresAt', ${isoTime('l."expiresAt"')}) ORDER BY l."expiresAt", l."id")
      FROM "DinnerAnswerLink" l WHERE l."membershipId" IN (SELECT "id" FROM mine)`),
    erase: (tx, s) => tx.dinnerAnswerLink.deleteMany({ where: { membershipId: { in: s.membershipIds } } }),
    prune: async (tx, now) => (await tx.dinnerAnswerLink.deleteMany({ where: { expiresAt: { lt: now } } })).count,
  },
  {
    key: "trustCheckRequests",
    fields: ["TrustCheckRequest.tokenHash"],
    links: ["TrustCheckRequest.membership"],
    audience: "nobody",
    retention: { kind: "expiry" },
    exportSql: exportRows<{ dinnerId: string; expiresAt: Iso }>(Prisma.sql`
      SELECT json_agg(json_build_object('dinnerId', r."dinnerId", 'expiresAt', ${isoTime('r."expiresAt"')}) ORDER BY r."expiresAt", r."dinnerId")
      FROM "TrustCheckRequest" r WHERE r."membershipId" IN (SELECT "id" FROM mine)`),
    erase: (tx, s) => tx.trustCheckRequest.deleteMany({ where: { membershipId: { in: s.membershipIds } } }),
    prune: async (tx, now) => (await tx.trustCheckRequest.deleteMany({ where: { expiresAt: { lt: now } } })).count,
  },
  {
    key: "regionalRoles",
    fields: [],
    links: ["RegionalCoordinator.person"],
    audience: "coordinators",
    retention: { kind: "account" },
    exportSql: exportRows<{ programmeId: string; appointedAt: Iso }>(Prisma.sql`
      SELECT json_agg(json_build_object('programmeId', r."programmeId", 'appointedAt', ${isoTime('r."appointedAt"')}) ORDER BY r."appointedAt", r."programmeId")
      FROM "RegionalCoordinator" r WHERE r."personId" = (SELECT "id" FROM me)`),
    erase: (tx, s) => tx.regionalCoordinator.deleteMany({ where: { personId: s.personId } }),
  },
  {
    // Who is the first contact per party, who agreed the protocol and the sharing agreement,
    // who proposed or opened an incident: membership ids without a relation, and names kept
    // "at the time". Erasure forgets them; the agreements themselves stay.
    key: "incidentRoles",
    fields: [
      "FirstStepProtocol.agreedById",
      "FirstStepProtocolParty.firstContactId",
      "FirstStepProtocolParty.backupId",
      "SharingAgreement.createdById",
      "SharingAgreementAcceptance.membershipId",
      "SharingAgreementAcceptance.acceptedBy",
      "Incident.proposedById",
      "Incident.openedById",
      "JointMessage.authorName",
      "JointMessage.authorId",
      "JointMessageApproval.membershipId",
      "JointMessageApproval.approvedBy",
    ],
    links: [],
    audience: "members",
    retention: { kind: "membership" },
    exportSql: exportJson<{
      firstContact: { party: Party; protocolId: string }[];
      protocolsAgreed: { protocolId: string; version: number; agreedAt: Iso }[];
      agreementsWritten: { agreementId: string; version: number; createdAt: Iso }[];
      agreementsAccepted: { agreementId: string; party: Party; acceptedAt: Iso }[];
      incidents: { incidentId: string; whatHappened: string; createdAt: Iso; proposed: boolean; opened: boolean }[];
      draftsWritten: { messageId: string; incidentId: string; draft: number; text: string; createdAt: Iso }[];
      messagesApproved: { messageId: string; party: Party; approvedAt: Iso }[];
    }>(Prisma.sql`json_build_object(
      'firstContact', ${exportRows(Prisma.sql`
        SELECT json_agg(json_build_object('party', f."party", 'protocolId', f."protocolId") ORDER BY f."protocolId", f."party")
        FROM "FirstStepProtocolParty" f WHERE f."firstContactId" IN (SELECT "id" FROM mine) OR f."backupId" IN (SELECT "id" FROM mine)`)},
      'protocolsAgreed', ${exportRows(Prisma.sql`
        SELECT json_agg(json_build_object('protocolId', f."id", 'version', f."version", 'agreedAt', ${isoTime('f."agreedAt"')}) ORDER BY f."agreedAt", f."id")
        FROM "FirstStepProtocol" f WHERE f."agreedById" IN (SELECT "id" FROM mine)`)},
      'agreementsWritten', ${exportRows(Prisma.sql`
        SELECT json_agg(json_build_object('agreementId', g."id", 'version', g."version", 'createdAt', ${isoTime('g."createdAt"')}) ORDER BY g."createdAt", g."id")
        FROM "SharingAgreement" g WHERE g."createdById" IN (SELECT "id" FROM mine)`)},
      'incidents', ${exportRows(Prisma.sql`
        SELECT json_agg(json_build_object('incidentId', i."id", 'whatHappened', i."whatHappened", 'createdAt', ${isoTime('i."createdAt"')},
                                          'proposed', i."proposedById" IN (SELECT "id" FROM mine), 'opened', i."openedById" IN (SELECT "id" FROM mine)) ORDER BY i."createdAt", i."id")
        FROM "Incident" i WHERE i."proposedById" IN (SELECT "id" FROM mine) OR i."openedById" IN (SELECT "id" FROM mine)`)},
      'draftsWritten', ${exportRows(Prisma.sql`
        SELECT json_agg(json_build_object('messageId', j."id", 'incidentId', j."incidentId", 'draft', j."draft", 'text', j."text", 'createdAt', ${isoTime('j."createdAt"')}) ORDER BY j."createdAt", j."id")
        FROM "JointMessage" j WHERE j."authorId" IN (SELECT "id" FROM mine)`)},
      'agreementsAccepted', ${exportRows(Prisma.sql`
        SELECT json_agg(json_build_object('agreementId', a."agreementId", 'party', a."party", 'acceptedAt', ${isoTime('a."acceptedAt"')}) ORDER BY a."acceptedAt", a."agreementId", a."party")
        FROM "SharingAgreementAcceptance" a WHERE a."membershipId" IN (SELECT "id" FROM mine)`)},
      'messagesApproved', ${exportRows(Prisma.sql`
        SELECT json_agg(json_build_object('messageId', a."messageId", 'party', a."party", 'approvedAt', ${isoTime('a."approvedAt"')}) ORDER BY a."approvedAt", a."messageId", a."party")
        FROM "JointMessageApproval" a WHERE a."membershipId" IN (SELECT "id" FROM mine)`)})`),
    // Anonymisation renames the copies of the name; the (ended) memberships stay linked.
    anonymise: anonymiseIncidentRoles,
    // Erasure renames them too, then unlinks the memberships (which go with the person).
    erase: async (tx, s) => {
      await anonymiseIncidentRoles(tx, peopleOf(s));
      const ids = { in: s.membershipIds };
      await tx.firstStepProtocol.updateMany({ where: { agreedById: ids }, data: { agreedById: null } });
      await tx.firstStepProtocolParty.updateMany({ where: { firstContactId: ids }, data: { firstContactId: null } });
      await tx.firstStepProtocolParty.updateMany({ where: { backupId: ids }, data: { backupId: null } });
      await tx.sharingAgreement.updateMany({ where: { createdById: ids }, data: { createdById: null } });
      await tx.sharingAgreementAcceptance.updateMany({ where: { membershipId: ids }, data: { membershipId: null } });
      await tx.incident.updateMany({ where: { proposedById: ids }, data: { proposedById: null } });
      await tx.incident.updateMany({ where: { openedById: ids }, data: { openedById: null } });
      await tx.jointMessageApproval.updateMany({ where: { membershipId: ids }, data: { membershipId: null } });
      await tx.jointMessage.updateMany({ where: { authorId: ids }, data: { authorId: null } });
    },
  },
  {
    key: "incidentUpdates",
    fields: ["IncidentUpdate.text"],
    links: ["IncidentUpdate.author"],
    audience: "members",
    retention: { kind: "programme" },
    exportSql: exportRows<{ incidentId: string; text: string; fromLevel: number | null; toLevel: number | null; createdAt: Iso }>(Prisma.sql`
      SELECT json_agg(json_build_object('incidentId', u."incidentId", 'text', u."text", 'fromLevel', u."fromLevel", 'toLevel', u."toLevel", 'createdAt', ${isoTime('u."createdAt"')})
                      ORDER BY u."createdAt", u."id")
      FROM "IncidentUpdate" u WHERE u."authorId" IN (SELECT "id" FROM mine)`),
    erase: (tx, s) => tx.incidentUpdate.updateMany({ where: { authorId: { in: s.membershipIds } }, data: { text: "", authorId: null } }),
  },
  {
    key: "incidentAnswers",
    fields: [],
    links: ["IncidentCheckIn.membership", "IncidentMeetingVote.membership", "IncidentMeetingAnswer.membership"],
    audience: "members",
    retention: { kind: "membership" },
    exportSql: exportJson<{
      checkIns: { incidentId: string; answer: CheckInAnswer; updatedAt: Iso }[];
      meetingVotes: { optionId: string; answer: PollAnswer; updatedAt: Iso }[];
      meetingAnswers: { meetingId: string; response: RsvpResponse; updatedAt: Iso }[];
    }>(Prisma.sql`json_build_object(
      'checkIns', ${exportRows(Prisma.sql`
        SELECT json_agg(json_build_object('incidentId', c."incidentId", 'answer', c."answer", 'updatedAt', ${isoTime('c."updatedAt"')}) ORDER BY c."updatedAt", c."incidentId")
        FROM "IncidentCheckIn" c WHERE c."membershipId" IN (SELECT "id" FROM mine)`)},
      'meetingVotes', ${exportRows(Prisma.sql`
        SELECT json_agg(json_build_object('optionId', v."optionId", 'answer', v."answer", 'updatedAt', ${isoTime('v."updatedAt"')}) ORDER BY v."updatedAt", v."optionId")
        FROM "IncidentMeetingVote" v WHERE v."membershipId" IN (SELECT "id" FROM mine)`)},
      'meetingAnswers', ${exportRows(Prisma.sql`
        SELECT json_agg(json_build_object('meetingId', a."meetingId", 'response', a."response", 'updatedAt', ${isoTime('a."updatedAt"')}) ORDER BY a."updatedAt", a."meetingId")
        FROM "IncidentMeetingAnswer" a WHERE a."membershipId" IN (SELECT "id" FROM mine)`)})`),
    erase: async (tx, s) => {
      await tx.incidentCheckIn.deleteMany({ where: { membershipId: { in: s.membershipIds } } });
      await tx.incidentMeetingVote.deleteMany({ where: { membershipId: { in: s.membershipIds } } });
      await tx.incidentMeetingAnswer.deleteMany({ where: { membershipId: { in: s.membershipIds } } });
    },
  },
  {
    key: "pushSubscriptions",
    fields: ["PushSubscription.endpoint", "PushSubscription.p256dh", "PushSubscription.auth", "PushSubscription.label", "PushMessage.dedupeKey", "PushMessage.payload", "PushMessage.lastError"],
    links: ["PushSubscription.person"],
    audience: "you",
    // The device as long as the account; its messages a week after sending (housekeeping).
    retention: { kind: "account" },
    // The device's label, its push service and when it was added, and the messages kept for
    // it; the endpoint's path and the keys are secrets of the browser.
    exportSql: exportRows<{ label: string; pushService: string; createdAt: Iso; messages: { payload: string; createdAt: Iso; sentAt: Iso | null }[] }>(Prisma.sql`
      SELECT json_agg(json_build_object('label', x."label", 'pushService', split_part(x."endpoint", '/', 3), 'createdAt', ${isoTime('x."createdAt"')},
        'messages', COALESCE((SELECT json_agg(json_build_object('payload', pm."payload", 'createdAt', ${isoTime('pm."createdAt"')}, 'sentAt', ${isoTime('pm."sentAt"')}) ORDER BY pm."createdAt", pm."id")
                              FROM "PushMessage" pm WHERE pm."subscriptionId" = x."id"), '[]'::json)) ORDER BY x."createdAt", x."id")
      FROM "PushSubscription" x WHERE x."personId" = (SELECT "id" FROM me)`),
    // Its messages go with it (cascade).
    ...forgets((tx, people) => tx.pushSubscription.deleteMany({ where: { personId: { in: people.personIds } } })),
  },
  {
    key: "person",
    fields: ["Person.name", "Person.email", "Person.phone", "Person.dietaryNeeds"],
    links: [],
    audience: "members",
    retention: { kind: "account" },
    exportSql: exportJson<{
      id: string;
      name: string;
      email: string;
      emailVerified: Iso | null;
      phone: string | null;
      locale: Locale | null;
      dietaryNeeds: string | null;
      isAdmin: boolean;
      createdAt: Iso;
      updatedAt: Iso;
    }>(Prisma.sql`(
      SELECT json_build_object('id', x."id", 'name', x."name", 'email', x."email", 'emailVerified', ${isoTime('x."emailVerified"')}, 'phone', x."phone", 'locale', x."locale",
                               'dietaryNeeds', x."dietaryNeeds", 'isAdmin', x."isAdmin", 'createdAt', ${isoTime('x."createdAt"')}, 'updatedAt', ${isoTime('x."updatedAt"')})
      FROM "Person" x WHERE x."id" = (SELECT "id" FROM me))`),
    // Last: the person row goes, and with it (cascade) every membership and what hangs on it.
    erase: (tx, s) => tx.person.delete({ where: { id: s.personId } }),
    // Last: the row stays (the memberships hang on it) without name, address, phone or preferences.
    anonymise: (tx, people) => tx.$executeRaw`
      UPDATE "Person" x SET name = ${erasedName}, email = 'erased-' || x.id || '@invalid', phone = NULL, "dietaryNeeds" = NULL,
        locale = NULL, "emailVerified" = NULL
      WHERE x.id = ANY(${people.personIds}::text[])`,
  },
] as const satisfies readonly PersonalDataKind[];

export type PersonalDataKey = (typeof personalData)[number]["key"];

// Text and identifier fields that hold no personal data, each with the reason. A new
// field must be put here or in the list above (the test says which).
export const notPersonalData: Record<string, string> = {
  "Programme.name": "the programme's own name",
  "Email.linkKind": "which kind of link an e-mail carries (decision 037)",
  "Email.linkRef": "the id of the invitation, pulse invite, trust-check request or answer link whose token is made at sending",
  "Programme.municipality": "a municipality",
  "Programme.policeTeam": "a police team",
  "Programme.neighbourhood": "a neighbourhood",
  "Programme.timeZone": "a time zone",
  "Programme.groupChatUrl": "the programme's group-chat link",
  "Programme.retentionDays": "the programme's retention choices",
  "Dinner.venueName": "a public venue",
  "Dinner.venueAddress": "a public venue's address",
  "Dinner.guestNotes": "practical notes for all guests (parking, entrance)",
  "DatePoll.title": "the title of a date poll",
  "Topic.name": "a topic",
  "AgendaItem.title": "a topic heading on the agenda; notes hold the details",
  "Action.title": "the agreed work of the programme, about the neighbourhood (decision 013)",
  "Action.description": "the agreed work of the programme, about the neighbourhood (decision 013)",
  "Action.dropReason": "why the programme dropped an action; text identifying a person is refused (decision 013)",
  "FirstStepProtocolParty.firstHour": "what a party does in the first hour of an incident",
  "FirstStepProtocolParty.firstDay": "what a party does on the first day of an incident",
  "SharingAgreement.text": "what the parties agreed to share (decision 014)",
  "Incident.whatHappened": "about the neighbourhood; text identifying a person is refused (decision 013)",
  "Incident.area": "a part of the neighbourhood",
  "Incident.review": "what the programme learned, about the neighbourhood (decision 013)",
  "JointMessage.text": "a public message of the three parties",
  "IncidentMeeting.programmeId": "a programme",
  "IncidentMeeting.place": "a meeting place",
  "SubmissionKey.resultId": "the id of what a form submission made (idempotent forms)",
  "SignalArea.name": "a part of the neighbourhood",
  "SignalMonthCount.topicId": "the id of a topic in a count (\"\" = none)",
  "SignalMonthCount.areaId": "the id of a part of the neighbourhood in a count (\"\" = whole neighbourhood)",
  "PulseAnswer.remark": "an anonymous remark about the neighbourhood: no link to any person (decision 016); emptied after the signal retention",
};

// The period a programme uses for a kind: its own choice within the bounds, else the default.
export function periodDays(retention: Retention, choices: unknown, key: string): number | null {
  if (retention.kind !== "days") return null;
  const chosen = typeof choices === "object" && choices !== null ? (choices as Record<string, unknown>)[key] : undefined;
  if (!retention.programmeMayChoose || typeof chosen !== "number" || !Number.isInteger(chosen)) return retention.defaultDays;
  return Math.min(retention.maxDays, Math.max(retention.minDays, chosen));
}

// The kinds a programme may choose a period for.
export const choosableKinds = personalData.filter(
  (kind): kind is Extract<(typeof personalData)[number], { retention: { programmeMayChoose: true } }> => kind.retention.kind === "days" && "programmeMayChoose" in kind.retention && kind.retention.programmeMayChoose,
);
