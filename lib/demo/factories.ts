import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionLead, ActionStatus, DinnerStatus, Party, Role, RsvpResponse, Visibility } from "@/lib/generated/prisma/enums";
import { standardTopicKeys } from "@/lib/topics/create-standard-topics";

// Factories shared by the tests and the demo seed. Each takes the client (or a
// transaction) so callers decide where the rows go; unique values avoid collisions.

type Client = Db | Prisma.TransactionClient;

const unique = () => randomUUID().slice(0, 8);

export async function createProgramme(client: Client, data: Partial<Prisma.ProgrammeCreateInput> = {}) {
  return client.programme.create({
    data: {
      name: `Allies ${unique()}`,
      municipality: "Utrecht",
      policeTeam: "Team Utrecht-West",
      neighbourhood: "Kanaleneiland",
      ...data,
      topics: { create: standardTopicKeys.map((key) => ({ key })) },
    },
  });
}

export async function createPerson(client: Client, data: Partial<Prisma.PersonCreateInput> = {}) {
  const id = unique();
  return client.person.create({ data: { name: `Person ${id}`, email: `person-${id}@example.test`, ...data } });
}

type MemberInput = {
  programmeId: string;
  party?: Party;
  role?: Role;
  person?: Partial<Prisma.PersonCreateInput>;
  organisation?: string;
  consentToSharePhone?: boolean;
  joinedAt?: Date;
};

export async function createMember(client: Client, input: MemberInput) {
  const person = await createPerson(client, input.person);
  const membership = await client.membership.create({
    data: {
      programmeId: input.programmeId,
      personId: person.id,
      party: input.party ?? "COMMUNITY",
      role: input.role ?? "ALLY",
      organisation: input.organisation ?? null,
      consentToSharePhone: input.consentToSharePhone ?? false,
      commitmentAcceptedAt: input.joinedAt ?? new Date(),
      joinedAt: input.joinedAt ?? new Date(),
    },
  });
  return { person, membership };
}

type DinnerInput = {
  programmeId: string;
  startsAt: Date;
  status?: DinnerStatus;
  hostParty?: Party;
  venueName?: string;
  venueAddress?: string;
  capacity?: number;
};

export async function createDinner(client: Client, input: DinnerInput) {
  return client.dinner.create({
    data: {
      programmeId: input.programmeId,
      startsAt: input.startsAt,
      endsAt: new Date(input.startsAt.getTime() + 2.5 * 60 * 60 * 1000),
      status: input.status ?? "PLANNED",
      hostParty: input.hostParty ?? "MUNICIPALITY",
      venueKind: input.hostParty === "POLICE" ? "POLICE_STATION" : "TOWN_HALL",
      venueName: input.venueName ?? "Town hall",
      venueAddress: input.venueAddress ?? "Stadsplateau 1, Utrecht",
      capacity: input.capacity ?? 16,
    },
  });
}

export async function createRsvp(
  client: Client,
  input: { dinnerId: string; membershipId: string; response: RsvpResponse; attended?: boolean; dietaryNeeds?: string },
) {
  return client.rsvp.create({
    data: {
      dinnerId: input.dinnerId,
      membershipId: input.membershipId,
      response: input.response,
      attended: input.attended ?? null,
      dietaryNeeds: input.dietaryNeeds ?? null,
      respondedAt: new Date(),
    },
  });
}

export async function createAgendaItem(
  client: Client,
  input: { dinnerId: string; topicId?: string; title: string; notes?: string; visibility?: Visibility; position?: number },
) {
  return client.agendaItem.create({
    data: {
      dinnerId: input.dinnerId,
      topicId: input.topicId ?? null,
      title: input.title,
      notes: input.notes ?? "",
      visibility: input.visibility ?? "ALL_MEMBERS",
      position: input.position ?? 0,
    },
  });
}

type ActionInput = {
  programmeId: string;
  ownerIds: string[];
  title?: string;
  description?: string;
  dinnerId?: string;
  topicId?: string;
  leadParty?: ActionLead;
  status?: ActionStatus;
  dueDate?: Date;
  createdAt?: Date;
  completedAt?: Date;
  dropReason?: string;
  // Who logged it; defaults to the first owner (issue 14).
  createdById?: string | null;
};

export async function createAction(client: Client, input: ActionInput) {
  return client.action.create({
    data: {
      programmeId: input.programmeId,
      title: input.title ?? `Action ${unique()}`,
      description: input.description ?? "",
      dinnerId: input.dinnerId ?? null,
      topicId: input.topicId ?? null,
      leadParty: input.leadParty ?? "JOINT",
      status: input.status ?? "OPEN",
      dueDate: input.dueDate ?? null,
      dropReason: input.dropReason ?? null,
      completedAt: input.completedAt ?? null,
      createdAt: input.createdAt,
      createdById: input.createdById === undefined ? (input.ownerIds[0] ?? null) : input.createdById,
      owners: { create: input.ownerIds.map((membershipId) => ({ membershipId })) },
    },
  });
}

export async function createActionUpdate(
  client: Client,
  input: { actionId: string; authorId: string; text: string; fromStatus?: ActionStatus; toStatus?: ActionStatus; createdAt?: Date },
) {
  return client.actionUpdate.create({
    data: {
      actionId: input.actionId,
      authorId: input.authorId,
      text: input.text,
      fromStatus: input.fromStatus ?? null,
      toStatus: input.toStatus ?? null,
      createdAt: input.createdAt,
    },
  });
}

// One member's anonymous answer to a dinner's trust check: the receipt and the answer row
// (which carries only the party), as lib/trust/record-trust-answer.ts writes them.
export async function createTrustAnswer(
  client: Client,
  input: { dinnerId: string; membershipId: string; party: Party; keepsPromises?: number | null; wouldCall?: number | null; speakFreely?: number | null },
) {
  await client.trustCheckReceipt.create({ data: { dinnerId: input.dinnerId, membershipId: input.membershipId } });
  return client.trustCheck.create({
    data: { dinnerId: input.dinnerId, party: input.party, keepsPromises: input.keepsPromises ?? null, wouldCall: input.wouldCall ?? null, speakFreely: input.speakFreely ?? null },
  });
}

// A version of a programme plan (issue 13); `goals` one text per topic id.
export async function createPlanVersion(
  client: Client,
  input: { programmeId: string; version: number; vision: string; goals?: Record<string, string>; policeRole?: string; municipalityRole?: string; communityRole?: string; authorId?: string; createdAt?: Date; reviewedUnchanged?: boolean },
) {
  return client.programmePlan.create({
    data: {
      programmeId: input.programmeId,
      version: input.version,
      vision: input.vision,
      goals: Object.entries(input.goals ?? {}).map(([topicId, goal]) => ({ topicId, goal })),
      policeRole: input.policeRole ?? "",
      municipalityRole: input.municipalityRole ?? "",
      communityRole: input.communityRole ?? "",
      reviewedUnchanged: input.reviewedUnchanged ?? false,
      authorId: input.authorId ?? null,
      createdAt: input.createdAt,
    },
  });
}
