import type { Prisma } from "@/lib/generated/prisma/client";

type Member = { id: string; party: "POLICE" | "MUNICIPALITY" | "COMMUNITY" };

const hours = (now: Date, h: number) => new Date(now.getTime() + h * 3_600_000);

// The demo of issue 12: a first-step protocol and an information-sharing agreement, an
// incident closed three weeks ago (its review is on the next dinner's agenda), an open one
// with check-ins, a joint message awaiting approval and extra meetings, and one proposed by
// an ally. No text about individuals.
export async function seedDemoIncidents(
  tx: Prisma.TransactionClient,
  input: { coordinatorPersonId: string; programmeId: string; topicId: string; police: Member; policeBackup: Member; coordinator: Member; municipalBackup: Member; ally: Member; allyBackup: Member; others: Member[]; now: Date },
) {
  const { programmeId, now } = input;
  // A device of the coordinator that turned on push messages (the account page lists it).
  await tx.pushSubscription.create({ data: { personId: input.coordinatorPersonId, endpoint: "https://push.example.invalid/demo-coordinator", p256dh: "BDemoKeyOnlyForShowingTheDeviceList", auth: "demo-auth", label: "Demo phone" } });
  await tx.firstStepProtocol.create({
    data: {
      programmeId,
      version: 1,
      agreedById: input.coordinator.id,
      agreedAt: hours(now, -24 * 120),
      parties: {
        create: [
          { party: "POLICE", firstContactId: input.police.id, backupId: input.policeBackup.id, firstHour: "Call the coordinator and the community first contact; share what is known about the street, not about people.", firstDay: "Visible presence in the street; join the meeting." },
          { party: "MUNICIPALITY", firstContactId: input.coordinator.id, backupId: input.municipalBackup.id, firstHour: "Open an incident in Allies; inform the mayor's office.", firstDay: "Convene police and community; draft the joint message." },
          { party: "COMMUNITY", firstContactId: input.ally.id, backupId: input.allyBackup.id, firstHour: "Listen in the neighbourhood and check in.", firstDay: "Talk with parents and the mosque board; share the joint message." },
        ],
      },
    },
  });
  await tx.sharingAgreement.create({
    data: {
      programmeId,
      version: 1,
      createdById: input.coordinator.id,
      createdAt: hours(now, -24 * 110),
      text: "Between the parties we share trends, places and times, never information about individuals. Police share what they may share publicly. What is said at the table stays at the table unless all three parties agree to share it.",
      acceptances: { create: [{ party: "MUNICIPALITY", membershipId: input.coordinator.id, acceptedBy: "Sanne de Vries", acceptedAt: hours(now, -24 * 109) }] },
    },
  });

  await tx.incident.create({
    data: {
      programmeId,
      status: "CLOSED",
      whatHappened: "Fireworks thrown at the community centre after a video went round on social media.",
      area: "Around the Hoefkade",
      topicId: input.topicId,
      level: 4,
      proposedById: input.police.id,
      openedById: input.police.id,
      openedAt: hours(now, -24 * 23),
      closedAt: hours(now, -24 * 20),
      review: "Calling each other within the first hour worked. Next time: agree the joint message before the first interview, and ask the youth workers to join the extra meeting.",
      createdAt: hours(now, -24 * 23),
      updates: { create: [{ authorId: input.police.id, toLevel: 4, createdAt: hours(now, -24 * 23) }, { authorId: input.coordinator.id, fromLevel: 4, toLevel: 2, text: "Calm again after the meeting in the community centre.", createdAt: hours(now, -24 * 21) }] },
    },
  });

  const open = await tx.incident.create({
    data: {
      programmeId,
      status: "OPEN",
      whatHappened: "Tension on the square after a confrontation between youths and shop owners; rumours are spreading online.",
      area: "Vaillantplein",
      topicId: input.topicId,
      level: 3,
      proposedById: input.coordinator.id,
      openedById: input.coordinator.id,
      openedAt: hours(now, -2),
      createdAt: hours(now, -2),
      updates: { create: [{ authorId: input.coordinator.id, toLevel: 3, createdAt: hours(now, -2) }, { authorId: input.allyBackup.id, text: "Parents are worried; the mosque board asks what the police will do.", createdAt: hours(now, -1) }] },
      checkIns: { create: [{ membershipId: input.police.id, answer: "CAN_HELP" }, { membershipId: input.allyBackup.id, answer: "HEARING_THINGS" }] },
      messages: { create: [{ draft: 1, text: "Police, municipality and community are in close contact about the situation on the Vaillantplein. We ask everyone not to share rumours and to come to the community centre tonight with questions.", authorName: "Sanne de Vries", authorId: input.coordinator.id, approvals: { create: [{ party: "MUNICIPALITY", membershipId: input.coordinator.id, approvedBy: "Sanne de Vries" }] } }] },
    },
    select: { id: true },
  });
  const tomorrowEvening = new Date(hours(now, 24));
  tomorrowEvening.setUTCHours(18, 0, 0, 0);
  await tx.incidentMeeting.create({
    data: {
      incidentId: open.id,
      programmeId,
      place: "Community centre De Mussen, Hoefkade 9",
      pollClosesAt: hours(now, 4),
      options: { create: [{ startsAt: tomorrowEvening, endsAt: hours(tomorrowEvening, 1) }, { startsAt: hours(tomorrowEvening, 1), endsAt: hours(tomorrowEvening, 2) }] },
    },
  });
  await tx.incidentMeeting.create({
    data: { incidentId: open.id, programmeId, place: "Police station Hoefkade", startsAt: hours(tomorrowEvening, -5), endsAt: hours(tomorrowEvening, -4), answers: { create: [{ membershipId: input.police.id, response: "YES" }] } },
  });

  await tx.incident.create({
    data: {
      programmeId,
      status: "PROPOSED",
      whatHappened: "Stickers with hateful slogans on lamp posts near the primary school.",
      area: "Near the primary school",
      level: 2,
      proposedById: input.others[0]?.id ?? input.ally.id,
      createdAt: hours(now, -1),
    },
  });
}
