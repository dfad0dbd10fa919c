import { addDays, setHours, setMinutes } from "date-fns";
import type { Db } from "@/lib/db/client";
import { calendarDate, toIsoDate } from "@/lib/dates";
import {
  createAction,
  createActionUpdate,
  createAgendaItem,
  createDinner,
  createMember,
  createPerson,
  createProgramme,
  createRsvp,
} from "./factories";
import { demoAccounts } from "./demo-accounts";
import { seedDemoTrust } from "./seed-trust";
import { seedDemoSignals } from "./seed-signals";
import { seedDemoIncidents } from "./seed-incidents";
import { seedDemoPlan } from "./seed-plan";
import { hashOfNoToken } from "@/lib/email/email-links";

function at(day: Date, hours: number, minutes = 0) {
  return setMinutes(setHours(day, hours), minutes);
}

// Seeds one programme that shows the product at its best. Runs only on an empty database.
export async function seedDemoData(db: Db, now = new Date()): Promise<{ seeded: boolean }> {
  if ((await db.programme.count()) > 0) return { seeded: false };

  await db.$transaction(async (tx) => {
    const programme = await createProgramme(tx, {
      name: "Allies Schilderswijk",
      municipality: "Den Haag",
      policeTeam: "Team Hoefkade",
      neighbourhood: "Schilderswijk",
      groupChatUrl: "https://chat.whatsapp.com/DemoAlliesSchilderswijk",
    });
    const programmeId = programme.id;
    const topics = await tx.topic.findMany({ where: { programmeId } });
    const topic = (key: string) => topics.find((t) => t.key === key)!.id;

    await createPerson(tx, { name: demoAccounts[3].name, email: demoAccounts[3].email, isAdmin: true, locale: "en" });
    const joined = addDays(now, -400);
    const member = (name: string, email: string, party: "POLICE" | "MUNICIPALITY" | "COMMUNITY", role: "COORDINATOR" | "POLICE_LIAISON" | "ALLY", organisation: string, phone?: string) =>
      createMember(tx, { programmeId, party, role, organisation, joinedAt: joined, consentToSharePhone: Boolean(phone), person: { name, email, phone } });

    const sanne = await member(demoAccounts[0].name, demoAccounts[0].email, "MUNICIPALITY", "COORDINATOR", "Gemeente Den Haag", "+31 6 1234 0001");
    const karim = await member(demoAccounts[1].name, demoAccounts[1].email, "POLICE", "POLICE_LIAISON", "Politie Haaglanden", "+31 6 1234 0002");
    const fatma = await member(demoAccounts[2].name, demoAccounts[2].email, "COMMUNITY", "ALLY", "Vrouwen van de Wijk", "+31 6 1234 0003");
    const joost = await member("Joost Bakker", "joost@allies.demo", "POLICE", "ALLY", "Wijkagent Schilderswijk", "+31 6 1234 0004");
    const priya = await member("Priya Ramdin", "priya@allies.demo", "MUNICIPALITY", "ALLY", "Jongerenwerk Den Haag");
    const mohamed = await member("Mohamed Amrani", "mohamed@allies.demo", "COMMUNITY", "ALLY", "Moskee As-Soennah", "+31 6 1234 0006");
    const els = await member("Els Jansen", "els@allies.demo", "COMMUNITY", "ALLY", "Bewonersvereniging");
    const daan = await member("Daan Visser", "daan@allies.demo", "COMMUNITY", "ALLY", "Voetbalclub SVV");
    const everyone = [sanne, karim, fatma, joost, priya, mohamed, els, daan];
    await tx.person.update({ where: { id: fatma.person.id }, data: { locale: "nl", dietaryNeeds: "Halal" } });

    // Four dinners held this year, one coming up, one cancelled.
    const held = [-280, -210, -140, -63].map((offset) => at(addDays(now, offset), 18, 30));
    const hosts = ["POLICE", "MUNICIPALITY", "POLICE", "MUNICIPALITY"] as const;
    const heldDinners = [];
    for (const [index, startsAt] of held.entries()) {
      const host = hosts[index]!;
      const dinner = await createDinner(tx, {
        programmeId,
        startsAt,
        status: "HELD",
        hostParty: host,
        venueName: host === "POLICE" ? "Politiebureau Hoefkade" : "Stadhuis Den Haag",
        venueAddress: host === "POLICE" ? "Hoefkade 350, 2526 GH Den Haag" : "Spui 70, 2511 BT Den Haag",
      });
      heldDinners.push(dinner);
      for (const [i, m] of everyone.entries()) {
        const came = (i + index) % 5 !== 0;
        await createRsvp(tx, { dinnerId: dinner.id, membershipId: m.membership.id, response: came ? "YES" : "NO", attended: came });
      }
    }
    await createDinner(tx, { programmeId, startsAt: at(addDays(now, -100), 18, 30), status: "CANCELLED", hostParty: "COMMUNITY", venueName: "Buurthuis De Mussen", venueAddress: "Hoefkade 9, 2526 BH Den Haag" });
    const next = await createDinner(tx, {
      programmeId,
      startsAt: at(addDays(now, 14), 18, 30),
      hostParty: "COMMUNITY",
      venueName: "Buurthuis De Mussen",
      venueAddress: "Hoefkade 9, 2526 BH Den Haag",
    });
    await tx.dinner.update({ where: { id: next.id }, data: { venueKind: "COMMUNITY_VENUE", guestNotes: "Entrance at the side door. Bring an ID if you come to the police station next time." } });
    await createRsvp(tx, { dinnerId: next.id, membershipId: karim.membership.id, response: "YES" });
    await createRsvp(tx, { dinnerId: next.id, membershipId: sanne.membership.id, response: "YES" });
    await createRsvp(tx, { dinnerId: next.id, membershipId: mohamed.membership.id, response: "MAYBE", dietaryNeeds: "Vegetarian" });

    const [first, second, third, fourth] = heldDinners as [typeof next, typeof next, typeof next, typeof next];
    await createAgendaItem(tx, { dinnerId: first.id, topicId: topic("POLARISATION"), title: "Tensions after the football derby", notes: "Residents worry about groups gathering at the square. Sports club offers a joint open training.", position: 1 });
    await createAgendaItem(tx, { dinnerId: first.id, topicId: topic("NUISANCE"), title: "Scooters on the Hoefkade", notes: "Police reports fewer incidents since the summer.", position: 2 });
    await createAgendaItem(tx, { dinnerId: second.id, topicId: topic("POVERTY"), title: "Food bank queue", notes: "More families since the energy bills. Municipality explains the debt-help desk.", position: 1 });
    await createAgendaItem(tx, { dinnerId: third.id, topicId: topic("RADICALISATION"), title: "Online recruitment signals", notes: "General trends only; no individuals are discussed here.", visibility: "PROFESSIONALS", position: 1 });
    await createAgendaItem(tx, { dinnerId: fourth.id, topicId: topic("POLARISATION"), title: "Demonstration in the city centre", notes: "Community allies will share the official information in their networks.", position: 1 });

    const date = (offset: number) => calendarDate(toIsoDate(addDays(now, offset)));
    const openTraining = await createAction(tx, { programmeId, dinnerId: first.id, topicId: topic("POLARISATION"), title: "Joint open football training on the square", description: "SVV hosts, police and youth workers join.", leadParty: "COMMUNITY", ownerIds: [daan.membership.id, joost.membership.id], status: "DONE", dueDate: date(-230), createdAt: first.startsAt, completedAt: addDays(now, -235) });
    await createActionUpdate(tx, { actionId: openTraining.id, authorId: daan.membership.id, text: "Forty young people came, two officers played along.", fromStatus: "IN_PROGRESS", toStatus: "DONE", createdAt: addDays(now, -235) });
    await createAction(tx, { programmeId, dinnerId: first.id, topicId: topic("NUISANCE"), title: "Extra lighting on the Hoefkade square", leadParty: "MUNICIPALITY", ownerIds: [priya.membership.id], status: "DROPPED", dropReason: "Replaced by the city's new lighting plan.", dueDate: date(-200), createdAt: first.startsAt });
    const debtHelp = await createAction(tx, { programmeId, dinnerId: second.id, topicId: topic("POVERTY"), title: "Debt-help desk in the community centre", description: "Monthly walk-in hour, announced through the mosque and the residents' association.", leadParty: "JOINT", ownerIds: [priya.membership.id, mohamed.membership.id], status: "IN_PROGRESS", dueDate: date(-20), createdAt: second.startsAt });
    await createActionUpdate(tx, { actionId: debtHelp.id, authorId: priya.membership.id, text: "Room booked; first session in two weeks.", fromStatus: "OPEN", toStatus: "IN_PROGRESS", createdAt: addDays(now, -150) });
    await createActionUpdate(tx, { actionId: debtHelp.id, authorId: mohamed.membership.id, text: "Announced after Friday prayers.", createdAt: addDays(now, -120) });
    const flyer = await createAction(tx, { programmeId, dinnerId: third.id, topicId: topic("RADICALISATION"), title: "Parents' evening on online safety", leadParty: "POLICE", ownerIds: [karim.membership.id, fatma.membership.id], status: "OPEN", dueDate: date(-7), createdAt: third.startsAt });
    await createActionUpdate(tx, { actionId: flyer.id, authorId: karim.membership.id, text: "Looking for a venue that parents already trust.", createdAt: addDays(now, -30) });
    await createAction(tx, { programmeId, dinnerId: fourth.id, topicId: topic("POLARISATION"), title: "Share official information before the next demonstration", leadParty: "JOINT", ownerIds: [fatma.membership.id, sanne.membership.id, karim.membership.id], status: "OPEN", dueDate: date(10), createdAt: fourth.startsAt });
    await createAction(tx, { programmeId, dinnerId: fourth.id, topicId: topic("NUISANCE"), title: "Walk through the neighbourhood with the wijkagent", leadParty: "POLICE", ownerIds: [joost.membership.id, els.membership.id], status: "IN_PROGRESS", dueDate: date(25), createdAt: fourth.startsAt });

    // An open date poll for the dinner after next, some members have answered.
    const poll = await tx.datePoll.create({
      data: {
        programmeId,
        title: "Spring dinner",
        options: { create: [56, 63, 70].map((offset) => ({ startsAt: at(addDays(now, offset), 18, 30), endsAt: at(addDays(now, offset), 21, 0) })) },
      },
      select: { options: { orderBy: { startsAt: "asc" }, select: { id: true } } },
    });
    const [optionA, optionB] = poll.options as [{ id: string }, { id: string }];
    await tx.datePollVote.createMany({
      data: [
        { optionId: optionA.id, membershipId: karim.membership.id, answer: "YES" },
        { optionId: optionB.id, membershipId: karim.membership.id, answer: "IF_NEED_BE" },
        { optionId: optionA.id, membershipId: mohamed.membership.id, answer: "NO" },
        { optionId: optionB.id, membershipId: mohamed.membership.id, answer: "YES" },
      ],
    });

    await seedDemoSignals(tx, {
      programmeId,
      topicIds: { POLARISATION: topic("POLARISATION"), NUISANCE: topic("NUISANCE"), POVERTY: topic("POVERTY"), RADICALISATION: topic("RADICALISATION") },
      members: everyone.map((m) => ({ id: m.membership.id, party: m.membership.party })),
      reporter: fatma.membership.id,
      professional: karim.membership.id,
      nextDinnerId: next.id,
      now,
    });

    const m = (x: typeof sanne) => ({ id: x.membership.id, party: x.membership.party });
    await seedDemoIncidents(tx, { coordinatorPersonId: sanne.person.id, programmeId, topicId: topic("POLARISATION"), police: m(karim), policeBackup: m(joost), coordinator: m(sanne), municipalBackup: m(priya), ally: m(fatma), allyBackup: m(mohamed), others: [m(els)], now });
    await seedDemoPlan(tx, { programmeId, coordinatorId: sanne.membership.id, topicIds: { POLARISATION: topic("POLARISATION"), NUISANCE: topic("NUISANCE"), POVERTY: topic("POVERTY"), RADICALISATION: topic("RADICALISATION") }, now });

    // A second, younger programme: Noah coordinates only there; Fatma belongs to both.
    const transvaal = await createProgramme(tx, { name: "Allies Transvaal", municipality: "Den Haag", policeTeam: "Team Hoefkade", neighbourhood: "Transvaal" });
    const noah = await createMember(tx, { programmeId: transvaal.id, party: "MUNICIPALITY", role: "COORDINATOR", organisation: "Gemeente Den Haag", joinedAt: addDays(now, -60), person: { name: demoAccounts[4].name, email: demoAccounts[4].email } });
    await tx.membership.create({ data: { programmeId: transvaal.id, personId: fatma.person.id, party: "COMMUNITY", role: "ALLY", organisation: "Vrouwen van de Wijk", commitmentAcceptedAt: addDays(now, -50), joinedAt: addDays(now, -50) } });
    const firstTransvaal = await createDinner(tx, { programmeId: transvaal.id, startsAt: at(addDays(now, 40), 18, 0), hostParty: "POLICE", venueName: "Politiebureau Hoefkade", venueAddress: "Hoefkade 350, 2526 GH Den Haag" });
    await createRsvp(tx, { dinnerId: firstTransvaal.id, membershipId: noah.membership.id, response: "YES" });

    await seedDemoTrust(tx, {
      heldDinnerIds: heldDinners.map((d) => d.id),
      attendees: heldDinners.map((_, index) => everyone.filter((_, i) => (i + index) % 5 !== 0).map((m) => ({ id: m.membership.id, party: m.membership.party }))),
      openFor: [sanne.membership.id, karim.membership.id],
      programmeIds: [programmeId, transvaal.id],
      regional: demoAccounts.find((a) => a.key === "regional")!,
      now,
    });

    // One invitation still waiting for an answer (its link was "e-mailed"; only the hash is kept).
    await tx.invitation.create({
      data: { programmeId, email: "ayoub@allies.demo", name: "Ayoub Benali", party: "COMMUNITY", role: "ALLY", organisation: "Buurtvaders", tokenHash: hashOfNoToken(), expiresAt: addDays(now, 10), invitedById: sanne.person.id, createdAt: addDays(now, -4) },
    });
  }, { timeout: 60_000, maxWait: 10_000 });
  return { seeded: true };
}
