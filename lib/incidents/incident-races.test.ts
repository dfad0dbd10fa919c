import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAction, createMember, createProgramme } from "@/lib/demo/factories";
import { FieldError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { viewerOf } from "@/tests/support/viewers";
import { acceptSharingAgreement } from "./accept-sharing-agreement";
import { addIncidentUpdate } from "./add-incident-update";
import { approveJointMessage } from "./approve-joint-message";
import { conveneMeeting } from "./convene-meeting";
import { draftJointMessage } from "./draft-joint-message";
import { linkIncidentAction } from "./link-incident-action";
import { pickMeetingTime } from "./pick-meeting-time";
import { proposeIncident } from "./propose-incident";
import { saveProtocol } from "./save-protocol";
import { saveSharingAgreement } from "./save-sharing-agreement";

// Two people acting on the same thing at the same moment: the second gets a clear refusal,
// never a database error, and nothing of the first is undone.

async function setup() {
  const programme = await createProgramme(db, { name: "Allies Races" });
  const m = {
    coordinator: await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR", person: { name: "Carla de Vries" } }),
    police: await createMember(db, { programmeId: programme.id, party: "POLICE", role: "POLICE_LIAISON", person: { name: "Peter Jansen" } }),
    ally: await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "ALLY", person: { name: "Amina Bakr" } }),
  };
  const v = { coordinator: await viewerOf(m.coordinator.person.id), police: await viewerOf(m.police.person.id), ally: await viewerOf(m.ally.person.id) };
  const incident = await proposeIncident(v.police, programme.id, { whatHappened: "Unrest on the square.", topicId: null, area: "", level: 3 });
  return { programme, m, v, incident };
}

// Waits until some statement of this database is waiting for a lock another transaction holds.
async function untilBlocked() {
  for (let i = 0; i < 200; i++) {
    const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (row!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("nothing waited for the lock");
}

// The same write made by someone else, not yet committed while `call` runs: `call` reads
// before it exists and writes after it was committed, the narrowest race there is.
async function racing<T>(write: (tx: Prisma.TransactionClient) => Promise<unknown>, call: () => Promise<T>): Promise<PromiseSettledResult<T>> {
  let release!: () => void;
  let written!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const isWritten = new Promise<void>((resolve) => (written = resolve));
  const other = db.$transaction(async (tx) => {
    await write(tx);
    written();
    await released;
  });
  await isWritten;
  const [outcome] = await Promise.allSettled([call(), untilBlocked().then(release)]);
  await other;
  return outcome;
}

const refusal = (outcome: PromiseSettledResult<unknown>) => (outcome.status === "rejected" && outcome.reason instanceof FieldError ? [outcome.reason.field, outcome.reason.messageKey] : outcome);

describe("saving the protocol and the sharing agreement at the same moment", () => {
  it("the second save of the same version is told the protocol changed meanwhile", async () => {
    const { programme, m, v } = await setup();
    const parties = [{ party: "POLICE" as const, firstContactId: m.police.membership.id, backupId: null, firstHour: "Call.", firstDay: "Visit." }];
    const outcome = await racing(
      (tx) => tx.firstStepProtocol.create({ data: { programmeId: programme.id, version: 1, agreedById: m.coordinator.membership.id } }),
      () => saveProtocol(v.coordinator, programme.id, 0, parties),
    );
    expect(refusal(outcome)).toEqual(["form", "protocolChanged"]);
    const both = await Promise.allSettled([saveProtocol(v.coordinator, programme.id, 1, parties), saveProtocol(v.coordinator, programme.id, 1, parties)]);
    expect(both.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(both.map(refusal).filter((o) => Array.isArray(o))).toEqual([["form", "protocolChanged"]]);
    expect(await db.firstStepProtocol.count({ where: { programmeId: programme.id } })).toBe(2);
  });

  it("the second save of the same agreement version is told the agreement changed meanwhile", async () => {
    const { programme, m, v } = await setup();
    const outcome = await racing(
      (tx) => tx.sharingAgreement.create({ data: { programmeId: programme.id, version: 1, text: "First.", createdById: m.coordinator.membership.id } }),
      () => saveSharingAgreement(v.coordinator, programme.id, 0, "Mine."),
    );
    expect(refusal(outcome)).toEqual(["form", "agreementChanged"]);
    expect((await db.sharingAgreement.findMany({ where: { programmeId: programme.id } })).map((a) => a.text)).toEqual(["First."]);
  });
});

describe("drafting the joint message", () => {
  it("refuses a draft based on an older one, and a second draft saved at the same moment", async () => {
    const { programme, v, incident } = await setup();
    const first = await draftJointMessage(v.coordinator, programme.id, incident.id, 0, "First.");
    await approveJointMessage(v.police, programme.id, incident.id, first.id);
    // An editor who opened the page before the first draft: the approvals of the first stay.
    await expect(draftJointMessage(v.police, programme.id, incident.id, 0, "Stale.")).rejects.toMatchObject({ field: "text", messageKey: "draftChanged" });
    const outcome = await racing(
      (tx) => tx.jointMessage.create({ data: { incidentId: incident.id, draft: 2, text: "Second.", authorName: "Someone" } }),
      () => draftJointMessage(v.police, programme.id, incident.id, 1, "Also second."),
    );
    expect(refusal(outcome)).toEqual(["text", "draftChanged"]);
    await draftJointMessage(v.police, programme.id, incident.id, 2, "Third.");
    const drafts = await db.jointMessage.findMany({ where: { incidentId: incident.id }, orderBy: { draft: "asc" }, select: { text: true, _count: { select: { approvals: true } } } });
    expect(drafts.map((d) => [d.text, d._count.approvals])).toEqual([["First.", 1], ["Second.", 0], ["Third.", 0]]);
  });
});

describe("approving the joint message", () => {
  it("the last two parties approving at the same moment make it final", async () => {
    const { programme, v, incident } = await setup();
    // Several rounds: without the lock most of them end with neither seeing all three approvals.
    for (let draft = 1; draft <= 5; draft++) {
      const message = await draftJointMessage(v.coordinator, programme.id, incident.id, draft - 1, `Draft ${draft}.`);
      await approveJointMessage(v.police, programme.id, incident.id, message.id);
      const both = await Promise.allSettled([approveJointMessage(v.coordinator, programme.id, incident.id, message.id), approveJointMessage(v.ally, programme.id, incident.id, message.id)]);
      expect(both.map((o) => (o.status === "fulfilled" ? o.value.final : o.reason)).sort()).toEqual([false, true]);
      expect((await db.jointMessage.findUniqueOrThrow({ where: { id: message.id } })).finalAt).not.toBeNull();
    }
  });
});

describe("approving or accepting while a newer draft or version is saved", () => {
  // Several rounds of the last approval (acceptance) beside the save of the next draft (version):
  // each goes first sometimes. Whichever order, nothing is agreed after a newer one was saved:
  // `finalAt`, `createdAt` and `acceptedAt` are this process' clock at the write (Prisma fills
  // `now()` in), so a final draft or an acceptance later than the next one's creation was
  // agreed on a draft or version that was no longer the latest.
  it("a draft never becomes final after a newer draft was saved: that approval is told there is a newer draft", async () => {
    const { programme, v, incident } = await setup();
    let message = await draftJointMessage(v.coordinator, programme.id, incident.id, 0, "Draft 1.");
    for (let draft = 1; draft <= 10; draft++) {
      await approveJointMessage(v.police, programme.id, incident.id, message.id);
      await approveJointMessage(v.coordinator, programme.id, incident.id, message.id);
      const [approved, drafted] = await Promise.allSettled([
        approveJointMessage(v.ally, programme.id, incident.id, message.id),
        draftJointMessage(v.coordinator, programme.id, incident.id, draft, `Draft ${draft + 1}.`),
      ]);
      expect(approved.status === "fulfilled" ? approved.value : refusal(approved)).toBeOneOf([{ final: true }, ["form", "newerDraft"]]);
      if (drafted.status !== "fulfilled") throw drafted.reason;
      message = drafted.value;
    }
    const drafts = await db.jointMessage.findMany({ where: { incidentId: incident.id }, orderBy: { draft: "asc" }, select: { draft: true, createdAt: true, finalAt: true } });
    expect(drafts).toHaveLength(11);
    const finalAfterNewer = drafts.filter((d, i) => d.finalAt && i + 1 < drafts.length && d.finalAt > drafts[i + 1]!.createdAt).map((d) => d.draft);
    expect(finalAfterNewer).toEqual([]);
  });

  it("an acceptance is never recorded after a newer version was saved: that lead is told the agreement changed", async () => {
    const { programme, m, v } = await setup();
    const parties = [
      { party: "POLICE" as const, firstContactId: m.police.membership.id, backupId: null, firstHour: "Call.", firstDay: "Visit." },
      { party: "COMMUNITY" as const, firstContactId: m.ally.membership.id, backupId: null, firstHour: "Listen.", firstDay: "Talk." },
    ];
    await saveProtocol(v.coordinator, programme.id, 0, parties);
    let agreement = await saveSharingAgreement(v.coordinator, programme.id, 0, "Version 1.");
    for (let version = 1; version <= 10; version++) {
      await acceptSharingAgreement(v.police, programme.id, agreement.id);
      const [accepted, saved] = await Promise.allSettled([
        acceptSharingAgreement(v.ally, programme.id, agreement.id),
        saveSharingAgreement(v.coordinator, programme.id, version, `Version ${version + 1}.`),
      ]);
      expect(accepted.status === "fulfilled" ? "accepted" : refusal(accepted)).toBeOneOf(["accepted", ["form", "agreementChanged"]]);
      if (saved.status !== "fulfilled") throw saved.reason;
      agreement = saved.value;
    }
    const versions = await db.sharingAgreement.findMany({ where: { programmeId: programme.id }, orderBy: { version: "asc" }, select: { version: true, createdAt: true, acceptances: { select: { acceptedAt: true } } } });
    expect(versions).toHaveLength(11);
    const acceptedAfterNewer = versions.filter((a, i) => i + 1 < versions.length && a.acceptances.some((x) => x.acceptedAt > versions[i + 1]!.createdAt)).map((a) => a.version);
    expect(acceptedAfterNewer).toEqual([]);
  });
});

describe("picking an extra meeting's time", () => {
  it("two people picking different times: the first stands, the second is told", async () => {
    const { programme, v, incident } = await setup();
    const local = (hours: number) => new Date(Date.now() + hours * 3_600_000).toLocaleString("sv-SE", { timeZone: "Europe/Amsterdam" }).slice(0, 16).replace(" ", "T");
    const meeting = await conveneMeeting(v.police, programme.id, incident.id, { place: "Town hall", startsAt: null, options: [local(5), local(6)], durationMinutes: 60, pollHours: 3 });
    const [early, late] = await db.incidentMeetingOption.findMany({ where: { meetingId: meeting.id }, orderBy: { startsAt: "asc" } });
    const outcome = await racing(
      (tx) => tx.incidentMeeting.update({ where: { id: meeting.id }, data: { startsAt: early!.startsAt, endsAt: early!.endsAt, version: { increment: 1 } } }),
      () => pickMeetingTime(v.coordinator, programme.id, incident.id, meeting.id, late!.id),
    );
    expect(refusal(outcome)).toEqual(["form", "timeAlreadySet"]);
    expect(await db.incidentMeeting.findUniqueOrThrow({ where: { id: meeting.id }, select: { startsAt: true } })).toEqual({ startsAt: early!.startsAt });
    expect(await db.email.count({ where: { dedupeKey: { startsWith: `incident-meeting:${meeting.id}:timeSet` } } })).toBe(0);

    const second = await conveneMeeting(v.police, programme.id, incident.id, { place: "Station", startsAt: null, options: [local(5), local(6)], durationMinutes: 60, pollHours: 3 });
    const options = await db.incidentMeetingOption.findMany({ where: { meetingId: second.id }, orderBy: { startsAt: "asc" } });
    const both = await Promise.allSettled(options.map((o) => pickMeetingTime(v.coordinator, programme.id, incident.id, second.id, o.id)));
    expect(both.map(refusal).filter((o) => Array.isArray(o))).toEqual([["form", "timeAlreadySet"]]);
    const winner = options[both.findIndex((o) => o.status === "fulfilled")]!;
    expect(await db.incidentMeeting.findUniqueOrThrow({ where: { id: second.id }, select: { startsAt: true, sequence: true } })).toEqual({ startsAt: winner.startsAt, sequence: 1 });
  });
});

describe("the log's tension level", () => {
  it("a note from a page loaded before a level change leaves the new level; a stale change is refused; members never send it", async () => {
    const { programme, v, incident } = await setup();
    await addIncidentUpdate(v.police, programme.id, incident.id, { text: "", level: 5, levelSeen: 3 });
    // The coordinator's page still showed 3: a note only, the level stays 5.
    await addIncidentUpdate(v.coordinator, programme.id, incident.id, { text: "Talked to the school.", level: 3, levelSeen: 3 });
    await expect(addIncidentUpdate(v.coordinator, programme.id, incident.id, { text: "Calmer.", level: 2, levelSeen: 3 })).rejects.toMatchObject({ field: "level", messageKey: "levelChanged" });
    // A member who may not change the level: whatever arrives as a level, the note is kept.
    await addIncidentUpdate(v.ally, programme.id, incident.id, { text: "Parents are worried." });
    await addIncidentUpdate(v.ally, programme.id, incident.id, { text: "Still worried.", level: 1, levelSeen: 3 });
    await addIncidentUpdate(v.coordinator, programme.id, incident.id, { text: "", level: 4, levelSeen: 5 });
    const updates = await db.incidentUpdate.findMany({ where: { incidentId: incident.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { text: true, fromLevel: true, toLevel: true } });
    expect(updates.map((u) => [u.text, u.fromLevel, u.toLevel])).toEqual([
      ["", null, 3],
      ["", 3, 5],
      ["Talked to the school.", null, null],
      ["Parents are worried.", null, null],
      ["Still worried.", null, null],
      ["", 5, 4],
    ]);
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { level: true, version: true } })).toEqual({ level: 4, version: 3 });
  });
});

describe("linking an action to the incident", () => {
  it("an action already in another incident's log stays there", async () => {
    const { programme, m, v, incident } = await setup();
    const other = await proposeIncident(v.police, programme.id, { whatHappened: "Graffiti near the school.", topicId: null, area: "", level: 2 });
    const action = await createAction(db, { programmeId: programme.id, title: "Talk to the school", leadParty: "JOINT", ownerIds: [m.police.membership.id] });
    await linkIncidentAction(v.coordinator, programme.id, other.id, action.id);
    // A form opened before that link still offered the action.
    await expect(linkIncidentAction(v.coordinator, programme.id, incident.id, action.id)).rejects.toMatchObject({ field: "actionId", messageKey: "actionAlreadyLinked" });
    expect(await db.action.findUniqueOrThrow({ where: { id: action.id }, select: { incidentId: true } })).toEqual({ incidentId: other.id });
  });
});
