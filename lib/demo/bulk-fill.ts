import { randomUUID } from "node:crypto";
import { addDays, addHours } from "date-fns";
import type { Db } from "@/lib/db/client";
import { calendarDate, toIsoDate } from "@/lib/dates";
import type { ActionLead, ActionStatus, Party } from "@/lib/generated/prisma/enums";

// Fills one programme with many dinners and actions fast (createMany, a handful of
// statements whatever the size), for the query-count test and the benchmark. The data
// is deterministic: dinners every `spacingDays` days back from `now` (the newest one
// still to come), each with `actionsPerDinner` actions of all statuses, owners and updates.

export type BulkFillInput = {
  programmeId: string;
  // Active memberships of the programme: action owners, update authors, dinner guests.
  membershipIds: string[];
  // The programme's topics; every seventh action has none.
  topicIds: string[];
  dinners: number;
  actionsPerDinner: number;
  spacingDays?: number;
  rsvps?: boolean;
  now?: Date;
};

const parties: ActionLead[] = ["POLICE", "MUNICIPALITY", "COMMUNITY", "JOINT"];
const hosts: Party[] = ["POLICE", "MUNICIPALITY", "COMMUNITY"];
const chunk = 5_000;

async function insertAll<T>(rows: T[], insert: (data: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += chunk) await insert(rows.slice(i, i + chunk));
}

export async function bulkFillProgramme(client: Db, input: BulkFillInput) {
  const now = input.now ?? new Date();
  const spacing = input.spacingDays ?? 73;
  const members = input.membershipIds;
  if (members.length === 0) throw new Error("bulkFillProgramme needs at least one membership");

  const dinners: { id: string; programmeId: string; startsAt: Date; endsAt: Date; venueName: string; venueAddress: string; hostParty: Party; status: "HELD" | "PLANNED" }[] = [];
  const rsvps: { id: string; dinnerId: string; membershipId: string; response: "YES" | "NO"; attended: boolean; respondedAt: Date }[] = [];
  const actions: {
    id: string;
    programmeId: string;
    dinnerId: string;
    topicId: string | null;
    title: string;
    description: string;
    leadParty: ActionLead;
    dueDate: Date;
    status: ActionStatus;
    dropReason: string | null;
    completedAt: Date | null;
    createdAt: Date;
  }[] = [];
  const owners: { actionId: string; membershipId: string }[] = [];
  const updates: { id: string; actionId: string; authorId: string; text: string; fromStatus: ActionStatus | null; toStatus: ActionStatus | null; createdAt: Date }[] = [];

  for (let d = 0; d < input.dinners; d++) {
    const startsAt = addDays(now, spacing * (1 - d) - 1);
    const held = startsAt < now;
    const dinnerId = randomUUID();
    dinners.push({ id: dinnerId, programmeId: input.programmeId, startsAt, endsAt: addHours(startsAt, 2.5), venueName: "Town hall", venueAddress: "Stadsplateau 1", hostParty: hosts[d % hosts.length]!, status: held ? "HELD" : "PLANNED" });
    if (input.rsvps && held) {
      members.forEach((membershipId, m) => {
        const came = (m + d) % 4 !== 0;
        rsvps.push({ id: randomUUID(), dinnerId, membershipId, response: came ? "YES" : "NO", attended: came, respondedAt: addDays(startsAt, -5) });
      });
    }
    if (!held) continue;
    for (let a = 0; a < input.actionsPerDinner; a++) {
      const n = d * input.actionsPerDinner + a;
      const createdAt = addHours(startsAt, 3);
      const age = (now.getTime() - createdAt.getTime()) / 86_400_000;
      // Older actions are mostly settled; recent ones mostly still open.
      const roll = (n * 37) % 10;
      const status: ActionStatus = age > 120 ? (roll < 7 ? "DONE" : roll < 8 ? "DROPPED" : roll < 9 ? "IN_PROGRESS" : "OPEN") : roll < 3 ? "DONE" : roll < 6 ? "IN_PROGRESS" : "OPEN";
      const completedAt = status === "DONE" ? addDays(createdAt, 5 + ((n * 13) % 90)) : null;
      const actionId = randomUUID();
      actions.push({
        id: actionId,
        programmeId: input.programmeId,
        dinnerId,
        topicId: n % 7 === 6 || input.topicIds.length === 0 ? null : input.topicIds[n % input.topicIds.length]!,
        title: `Action ${n + 1}: follow up ${["the square", "the youth centre", "the school", "the market"][n % 4]}`,
        description: "Agreed at the dinner.",
        leadParty: parties[n % parties.length]!,
        dueDate: calendarDate(toIsoDate(addDays(createdAt, 30 + ((n * 7) % 60)))),
        status,
        dropReason: status === "DROPPED" ? "No longer needed." : null,
        completedAt: completedAt && completedAt > now ? now : completedAt,
        createdAt,
      });
      const first = members[n % members.length]!;
      const second = members[(n + 3) % members.length]!;
      owners.push({ actionId, membershipId: first });
      if (second !== first && n % 2 === 0) owners.push({ actionId, membershipId: second });
      updates.push({ id: randomUUID(), actionId, authorId: first, text: "Started.", fromStatus: null, toStatus: null, createdAt: addDays(createdAt, 2) });
      if (status === "DONE" || status === "DROPPED") {
        updates.push({ id: randomUUID(), actionId, authorId: first, text: "Settled.", fromStatus: "IN_PROGRESS", toStatus: status, createdAt: completedAt ?? addDays(createdAt, 20) });
      }
    }
  }

  await insertAll(dinners, (data) => client.dinner.createMany({ data }));
  await insertAll(rsvps, (data) => client.rsvp.createMany({ data }));
  await insertAll(actions, (data) => client.action.createMany({ data }));
  await insertAll(owners, (data) => client.actionOwner.createMany({ data }));
  await insertAll(updates, (data) => client.actionUpdate.createMany({ data }));
  return { dinners: dinners.length, actions: actions.length, owners: owners.length, updates: updates.length, rsvps: rsvps.length };
}

// Signals and the pulse for the tension picture (issue 11): `months` of history back from
// `now`, `signalsPerMonth` signals a month (only the last `keptMonths` kept as rows, as the
// retention job would leave them; the month counts cover all months), parts of the
// neighbourhood, and a pulse round every 14 days with one answer per member.
export type BulkSignalsInput = {
  programmeId: string;
  membershipIds: string[];
  parties: Party[];
  topicIds: string[];
  months: number;
  signalsPerMonth: number;
  keptMonths?: number;
  now?: Date;
};

export async function bulkFillSignals(client: Db, input: BulkSignalsInput) {
  const now = input.now ?? new Date();
  const kept = input.keptMonths ?? 12;
  const areaIds = ["North", "South", "Market"].map(() => randomUUID());
  await client.signalArea.createMany({ data: areaIds.map((id, i) => ({ id, programmeId: input.programmeId, name: ["North", "South", "Market"][i]! })) });
  const sources = ["SEEN", "HEARD", "EXPECTED"] as const;
  const signals: { id: string; programmeId: string; topicId: string | null; areaId: string | null; text: string; source: (typeof sources)[number]; level: number; visibility: "ALL_MEMBERS" | "PROFESSIONALS"; authorId: string; createdAt: Date }[] = [];
  const counts = new Map<string, { programmeId: string; month: Date; topicId: string; areaId: string; level: number; visibility: "ALL_MEMBERS" | "PROFESSIONALS"; count: number }>();
  for (let m = 0; m < input.months; m++) {
    for (let s = 0; s < input.signalsPerMonth; s++) {
      const n = m * input.signalsPerMonth + s;
      const createdAt = new Date(now.getTime() - (m * 30 + ((s * 7) % 30)) * 86_400_000 - 3_600_000);
      const topicId = input.topicIds.length && n % 5 !== 4 ? input.topicIds[n % input.topicIds.length]! : null;
      const areaId = n % 4 === 3 ? null : areaIds[n % areaIds.length]!;
      const level = 1 + ((n * 7 + m) % 5);
      const visibility = n % 6 === 5 ? ("PROFESSIONALS" as const) : ("ALL_MEMBERS" as const);
      if (m < kept) {
        signals.push({ id: randomUUID(), programmeId: input.programmeId, topicId, areaId, text: `Signal ${n + 1}: groups gathering at the square`, source: sources[n % 3]!, level, visibility, authorId: input.membershipIds[n % input.membershipIds.length]!, createdAt });
      }
      const month = new Date(Date.UTC(createdAt.getUTCFullYear(), createdAt.getUTCMonth(), 1));
      const key = `${month.toISOString()}|${topicId ?? ""}|${areaId ?? ""}|${level}|${visibility}`;
      const row = counts.get(key) ?? { programmeId: input.programmeId, month, topicId: topicId ?? "", areaId: areaId ?? "", level, visibility, count: 0 };
      row.count++;
      counts.set(key, row);
    }
  }
  const rounds: { id: string; programmeId: string; opensAt: Date; closesAt: Date; closedAt: Date | null }[] = [];
  const answers: { id: string; roundId: string; party: Party; level: number }[] = [];
  for (let r = 0; r * 14 < input.months * 30; r++) {
    const opensAt = new Date(now.getTime() - (r * 14 + 1) * 86_400_000);
    const closesAt = new Date(opensAt.getTime() + 14 * 86_400_000);
    const id = randomUUID();
    rounds.push({ id, programmeId: input.programmeId, opensAt, closesAt, closedAt: closesAt < now ? closesAt : null });
    input.membershipIds.forEach((_, i) => {
      if ((i + r) % 3 !== 0) answers.push({ id: randomUUID(), roundId: id, party: input.parties[i % input.parties.length]!, level: 1 + ((i + r) % 4) });
    });
  }
  await insertAll(signals, (data) => client.signal.createMany({ data }));
  await insertAll([...counts.values()], (data) => client.signalMonthCount.createMany({ data }));
  await insertAll(rounds, (data) => client.pulseRound.createMany({ data }));
  await insertAll(answers, (data) => client.pulseAnswer.createMany({ data }));
  return { signals: signals.length, monthCounts: counts.size, pulseRounds: rounds.length, pulseAnswers: answers.length };
}
