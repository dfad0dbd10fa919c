import { describe, expect, it } from "vitest";
import { getAgenda } from "@/lib/agenda/get-agenda";
import { db } from "@/lib/db";
import { createDinner, createMember, createProgramme } from "@/lib/demo/factories";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { answerPulse } from "@/lib/pulse/answer-pulse";
import { getPulseInvite } from "@/lib/pulse/get-pulse-invite";
import { hashSecretToken } from "@/lib/security/secret-token";
import { runPulseRounds } from "@/lib/pulse/run-pulse-rounds";
import { linkTokenSlot } from "@/lib/email/email-links";
import { mailbox } from "@/tests/support/mailbox";
import { viewerOf } from "@/tests/support/viewers";
import { checkAllTension } from "./check-tension-rise";
import { deleteExpiredSignals } from "./delete-expired-signals";
import { followUpSignal } from "./follow-up-signal";
import { getSignal } from "./get-signal";
import { getTensionPicture } from "./get-tension-picture";
import { reportSignal, type SignalFields } from "./report-signal";
import { updateSignalSettings } from "./update-signal-settings";

const now = new Date("2026-11-30T12:00:00Z");
const signal = (over: Partial<SignalFields> = {}): SignalFields => ({ topicId: null, areaId: null, text: "Groups gather at the square after 22:00", source: "SEEN", level: 2, visibility: "ALL_MEMBERS", ...over });

async function setup() {
  const programme = await createProgramme(db);
  const coordinator = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR", person: { name: "Sanne de Wit" } });
  const police = await createMember(db, { programmeId: programme.id, party: "POLICE", role: "POLICE_LIAISON" });
  const ally = await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "ALLY" });
  const other = await createMember(db, { programmeId: (await createProgramme(db)).id, party: "COMMUNITY", role: "ALLY" });
  return { programme, coordinator, police, ally, other, v: { coordinator: await viewerOf(coordinator.person.id), police: await viewerOf(police.person.id), ally: await viewerOf(ally.person.id), other: await viewerOf(other.person.id) } };
}

describe("signals", () => {
  it("refuses text that identifies a person, next to the field", async () => {
    const { programme, v } = await setup();
    await expect(reportSignal(v.ally, programme.id, signal({ text: "Call him on 06-12345678" }), now)).rejects.toEqual(new FieldError("text", "identifyingPhone"));
    await expect(reportSignal(v.ally, programme.id, signal({ text: "Sanne de Wit was there" }), now)).rejects.toEqual(new FieldError("text", "identifyingMemberName"));
    await expect(reportSignal(v.ally, programme.id, signal({ text: "Meneer De Boer again, car 12ABC3" }), now)).rejects.toEqual(new FieldError("text", "identifyingLicencePlate"));
    await expect(reportSignal(v.ally, programme.id, signal({ text: "The Jansen family is scared" }), now)).rejects.toEqual(new FieldError("text", "identifyingPersonName"));
    await expect(reportSignal(v.other, programme.id, signal(), now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.signal.count({ where: { programmeId: programme.id } })).toBe(0);
  });

  it("reports once when the same form is posted twice (a double tap, a retry)", async () => {
    const { programme, v } = await setup();
    const posted = { ...signal(), submissionKey: "same-key-from-one-render" };
    const [first, second] = await Promise.all([reportSignal(v.ally, programme.id, posted, now), reportSignal(v.ally, programme.id, posted, now)]);
    expect(second.id).toBe(first.id);
    expect(await db.signal.count({ where: { programmeId: programme.id } })).toBe(1);
    await reportSignal(v.ally, programme.id, { ...posted, submissionKey: "a-new-render" }, now);
    expect(await db.signal.count({ where: { programmeId: programme.id } })).toBe(2);
  });

  it("keeps professionals-only signals from community members, in the picture, the signal and the agenda", async () => {
    const { programme, v } = await setup();
    const dinner = await createDinner(db, { programmeId: programme.id, startsAt: new Date("2026-12-10T17:30:00Z") });
    const secret = await reportSignal(v.police, programme.id, signal({ text: "Professionals only: stickers", level: 5, visibility: "PROFESSIONALS" }), now);
    await reportSignal(v.ally, programme.id, signal({ text: "For everyone: calm market", level: 1 }), now);
    const allyPicture = await getTensionPicture(v.ally, programme.id, now);
    expect(allyPicture.signals.map((s) => s.text)).toEqual(["For everyone: calm market"]);
    expect(allyPicture.overall).toBe(1);
    expect((await getTensionPicture(v.coordinator, programme.id, now)).overall).toBe(3);
    await expect(getSignal(v.ally, programme.id, secret.id, now)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getAgenda(v.ally, programme.id, dinner.id, now)).signals.map((s) => s.text)).toEqual(["For everyone: calm market"]);
    expect((await getAgenda(v.coordinator, programme.id, dinner.id, now)).signals.length).toBe(2);
  });

  it("settings opened before the first alert still save; two saves of what one form read: the second is told", async () => {
    const { programme, v } = await setup();
    // The form shows the defaults (version 0); meanwhile a rise alerts and keeps its level.
    await reportSignal(v.ally, programme.id, signal({ level: 5 }), now);
    await reportSignal(v.ally, programme.id, signal({ level: 5 }), now);
    expect(await db.tensionAlert.count({ where: { programmeId: programme.id } })).toBe(1);
    const settings = { pulseEveryDays: 28, alertLevel: 3, retentionMonths: 6 };
    await updateSignalSettings(v.coordinator, programme.id, 0, settings);
    expect(await db.signalSettings.findUniqueOrThrow({ where: { programmeId: programme.id } })).toMatchObject({ ...settings, alertedLevel: expect.any(Number), version: 1 });
    await expect(updateSignalSettings(v.coordinator, programme.id, 0, { ...settings, alertLevel: 5 })).rejects.toBeInstanceOf(ConflictError);
    expect((await db.signalSettings.findUniqueOrThrow({ where: { programmeId: programme.id } })).alertLevel).toBe(3);
  });

  it("alerts coordinator and police liaison once per rise, never once per signal", async () => {
    const { programme, coordinator, police, v } = await setup();
    await reportSignal(v.ally, programme.id, signal({ level: 2 }), now);
    expect(await db.tensionAlert.count({ where: { programmeId: programme.id } })).toBe(0);
    await reportSignal(v.ally, programme.id, signal({ level: 5 }), now);
    await reportSignal(v.ally, programme.id, signal({ level: 5 }), now);
    await reportSignal(v.ally, programme.id, signal({ level: 4 }), now);
    await checkAllTension(now);
    const alerts = await db.tensionAlert.findMany({ where: { programmeId: programme.id } });
    expect(alerts.map((a) => a.level)).toEqual([4]);
    const emails = await db.email.findMany({ where: { dedupeKey: { startsWith: `tension-alert:${alerts[0]!.id}` } }, select: { to: true } });
    expect(emails.map((e) => e.to).sort()).toEqual([coordinator.person.email, police.person.email].sort());
  });

  it("is followed up onto the next agenda, and the reporter sees it", async () => {
    const { programme, v } = await setup();
    const dinner = await createDinner(db, { programmeId: programme.id, startsAt: new Date("2026-12-10T17:30:00Z") });
    const reported = await reportSignal(v.ally, programme.id, signal(), now);
    await expect(followUpSignal(v.ally, programme.id, reported.id, 1, { kind: "agenda" }, now)).rejects.toBeInstanceOf(NotFoundError);
    await followUpSignal(v.police, programme.id, reported.id, 1, { kind: "agenda" }, now);
    const mine = await getSignal(v.ally, programme.id, reported.id, now);
    expect(mine.signal).toMatchObject({ status: "ON_AGENDA", mine: true, agendaDinner: { id: dinner.id } });
    expect((await getAgenda(v.ally, programme.id, dinner.id, now)).signals[0]).toMatchObject({ id: reported.id, onAgenda: true });
  });

  it("is followed up only by a coordinator or liaison who may read it", async () => {
    const { programme, v } = await setup();
    const community = await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "COORDINATOR" });
    const communityCoordinator = await viewerOf(community.person.id);
    const secret = await reportSignal(v.police, programme.id, signal({ visibility: "PROFESSIONALS" }), now);
    await expect(followUpSignal(communityCoordinator, programme.id, secret.id, 1, { kind: "close", note: "Seen to" }, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.signal.findUniqueOrThrow({ where: { id: secret.id } })).toMatchObject({ status: "OPEN", version: 1, closingNote: null });
    const shared = await reportSignal(v.ally, programme.id, signal(), now);
    await followUpSignal(communityCoordinator, programme.id, shared.id, 1, { kind: "close", note: "Seen to" }, now);
    expect(await db.signal.findUniqueOrThrow({ where: { id: shared.id } })).toMatchObject({ status: "CLOSED", closingNote: "Seen to" });
  });

  it("deletes old signals but keeps their counts", async () => {
    const { programme, v } = await setup();
    await reportSignal(v.ally, programme.id, signal({ level: 3 }), new Date("2025-09-01T12:00:00Z"));
    await reportSignal(v.ally, programme.id, signal({ level: 2 }), now);
    await deleteExpiredSignals(now);
    expect(await db.signal.count({ where: { programmeId: programme.id } })).toBe(1);
    const trend = (await getTensionPicture(v.coordinator, programme.id, now)).trend;
    expect(trend.find((m) => m.month === "2025-09")).toMatchObject({ signals: 1, meanLevel: 3 });
  });
});

describe("the tension picture's pulse and trend", () => {
  it("counts the latest round per party from three answers, feeds the level and the trend by month, and keeps professionals-only counts from community members", async () => {
    const { programme, v } = await setup();
    const day = 86_400_000;
    const round = await db.pulseRound.create({ data: { programmeId: programme.id, opensAt: new Date(now.getTime() - 10 * day), closesAt: new Date(now.getTime() + 4 * day) } });
    const answers = [
      { party: "COMMUNITY", level: 4, remark: "Busy evenings" },
      { party: "COMMUNITY", level: 4, remark: null },
      { party: "COMMUNITY", level: 5, remark: null },
      { party: "POLICE", level: 2, remark: null },
    ] as const;
    await db.pulseAnswer.createMany({ data: answers.map((a) => ({ ...a, roundId: round.id })) });
    // An older round without answers is not "the latest"; one of last year counts in the trend only.
    await db.pulseRound.create({ data: { programmeId: programme.id, opensAt: new Date(now.getTime() - 2 * day), closesAt: new Date(now.getTime() + 12 * day) } });
    const old = await db.pulseRound.create({ data: { programmeId: programme.id, opensAt: new Date("2026-01-15T09:00:00Z"), closesAt: new Date("2026-01-29T09:00:00Z") } });
    await db.pulseAnswer.create({ data: { roundId: old.id, party: "MUNICIPALITY", level: 1 } });
    // The month is the UTC month the round opened: 1 April already in Amsterdam, still March here.
    const endOfMarch = await db.pulseRound.create({ data: { programmeId: programme.id, opensAt: new Date("2026-03-31T23:30:00Z"), closesAt: new Date("2026-04-14T23:30:00Z") } });
    await db.pulseAnswer.createMany({ data: [3, 3, 5].map((level) => ({ roundId: endOfMarch.id, party: "COMMUNITY" as const, level })) });
    await reportSignal(v.police, programme.id, signal({ text: "Professionals only: stickers", level: 5, visibility: "PROFESSIONALS" }), now);

    const ally = await getTensionPicture(v.ally, programme.id, now);
    expect(ally.pulse).toMatchObject({ opensAt: round.opensAt, closesAt: round.closesAt, overall: { total: 4 } });
    expect(ally.pulse!.overall.counts.find((c) => c.level === 4)!.count).toBe(2);
    expect(ally.pulse!.byParty.map((p) => p.party)).toEqual(["COMMUNITY"]);
    expect(ally.pulse!.remarks).toEqual(["Busy evenings"]);
    expect(ally.overall).toBeGreaterThan(1);
    expect(ally.trend.find((m) => m.month === "2026-11")).toMatchObject({ signals: 0, pulseAnswers: 4 });
    expect(ally.trend.find((m) => m.month === "2026-01")).toMatchObject({ signals: 0, pulseAnswers: 1, meanLevel: 1 });
    expect(ally.trend.find((m) => m.month === "2026-03")).toMatchObject({ signals: 0, pulseAnswers: 3, meanLevel: 3.7 });
    expect(ally.trend.find((m) => m.month === "2026-04")).toMatchObject({ pulseAnswers: 0 });
    const coordinator = await getTensionPicture(v.coordinator, programme.id, now);
    expect(coordinator.trend.find((m) => m.month === "2026-11")).toMatchObject({ signals: 1, pulseAnswers: 4 });
    expect(coordinator.topics.length + coordinator.areas.length).toBeGreaterThanOrEqual(1);
  });
});

describe("the tension picture's signals", () => {
  it("lists the signals the viewer may read of the last four weeks, newest first, at most 100, while the picture counts only the group's", async () => {
    const { programme, v } = await setup();
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);
    await reportSignal(v.ally, programme.id, signal({ text: "Five weeks ago", level: 4 }), at(35));
    await reportSignal(v.ally, programme.id, signal({ text: "Three weeks ago", level: 1 }), at(21));
    // The ally's own professionals-only signal: in their list, not in their picture.
    await reportSignal(v.ally, programme.id, signal({ text: "Mine, professionals only", level: 5, visibility: "PROFESSIONALS" }), at(2));
    await reportSignal(v.police, programme.id, signal({ text: "Police, professionals only", level: 5, visibility: "PROFESSIONALS" }), at(1.5));
    await reportSignal(v.police, programme.id, signal({ text: "Yesterday", level: 1 }), at(1));

    const ally = await getTensionPicture(v.ally, programme.id, now);
    expect(ally.signals.map((s) => [s.text, s.mine])).toEqual([["Yesterday", false], ["Mine, professionals only", true], ["Three weeks ago", true]]);
    expect(ally.signals.map((s) => s.createdAt)).toEqual([at(1), at(2), at(21)]);
    expect(ally.overall).toBe(1);
    const coordinator = await getTensionPicture(v.coordinator, programme.id, now);
    expect(coordinator.signals.map((s) => s.text)).toEqual(["Yesterday", "Police, professionals only", "Mine, professionals only", "Three weeks ago"]);
    expect(coordinator.overall).toBe(4);

    await db.signal.createMany({ data: Array.from({ length: 100 }, () => ({ programmeId: programme.id, text: "Three days ago", source: "HEARD" as const, level: 2, createdAt: at(3) })) });
    const full = (await getTensionPicture(v.coordinator, programme.id, now)).signals;
    expect(full.length).toBe(100);
    expect(full.slice(0, 4).map((s) => s.text)).toEqual(["Yesterday", "Police, professionals only", "Mine, professionals only", "Three days ago"]);
    expect(full.every((s, i) => i === 0 || s.createdAt <= full[i - 1]!.createdAt)).toBe(true);
  });
});

describe("the pulse", () => {
  it("sends one link per member, counts one answer per link, and keeps no link to the person", async () => {
    const { programme, ally } = await setup();
    expect(await runPulseRounds(now)).toBeGreaterThanOrEqual(1);
    expect(await runPulseRounds(now)).toBe(0);
    const emails = await db.email.findMany({ where: { dedupeKey: { startsWith: "pulse:" }, to: ally.person.email } });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toContain(`/pulse/${linkTokenSlot}?level=3`);
    const token = /\/pulse\/([\w-]{43})\?level=3/.exec((await mailbox().lastTo(ally.person.email)).text)![1]!;
    const invite = await db.pulseInvite.findUniqueOrThrow({ where: { tokenHash: hashSecretToken(token) } });
    expect(invite.tokenHash).not.toContain(token);
    expect(await getPulseInvite(token, now)).toMatchObject({ status: "open" });
    await expect(answerPulse(token, { level: 3, remark: "mail me at a@b.nl" }, now)).rejects.toEqual(new FieldError("remark", "identifyingEmail"));
    await answerPulse(token, { level: 3, remark: "Quieter" }, now);
    await expect(answerPulse(token, { level: 5, remark: "" }, now)).rejects.toEqual(new FieldError("form", "pulseAlreadyCounted"));
    expect(await getPulseInvite(token, now)).toMatchObject({ status: "answered" });
    const answers = await db.pulseAnswer.findMany({ where: { round: { programmeId: programme.id } } });
    expect(answers).toEqual([{ id: expect.any(String), roundId: invite.roundId, party: "COMMUNITY", level: 3, remark: "Quieter" }]);
    // The round closes: the invites (who answered) are gone.
    await runPulseRounds(new Date(now.getTime() + 15 * 86_400_000));
    expect(await db.pulseInvite.count({ where: { roundId: invite.roundId } })).toBe(0);
    expect(await getPulseInvite(token, now)).toEqual({ status: "invalid" });
  });

  it("opens nothing and sends nothing for a member who has left", async () => {
    const { programme, ally, police } = await setup();
    await runPulseRounds(now);
    const token = /\/pulse\/([\w-]{43})\?level=3/.exec((await mailbox().lastTo(ally.person.email)).text)![1]!;
    await db.membership.updateMany({ where: { id: { in: [ally.membership.id, police.membership.id] } }, data: { leftAt: now } });
    expect(await getPulseInvite(token, now)).toEqual({ status: "invalid" });
    await expect(answerPulse(token, { level: 5, remark: "" }, now)).rejects.toEqual(new FieldError("form", "pulseInvalid"));
    expect(await db.pulseAnswer.count({ where: { round: { programmeId: programme.id } } })).toBe(0);
    // The e-mail not yet sent when they left is not sent: its link would open nothing.
    const box = mailbox();
    await box.send();
    expect(box.sent.filter((m) => m.to === police.person.email)).toEqual([]);
  });
});
