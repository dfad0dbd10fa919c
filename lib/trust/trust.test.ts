import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createMember } from "@/lib/demo/factories";
import { recordAttendance } from "@/lib/dinners/record-attendance";
import { NotFoundError } from "@/lib/errors";
import { dinnerProgramme } from "@/tests/support/dinner-programme";
import { getStartPage } from "@/lib/dinners/get-start-page";
import { viewerOf } from "@/tests/support/viewers";
import { mailbox } from "@/tests/support/mailbox";
import { linkTokenSlot } from "@/lib/email/email-links";
import { hashSecretToken } from "@/lib/security/secret-token";
import { answerTrustCheck } from "./answer-trust-check";
import { answerTrustCheckByToken } from "./answer-trust-check-by-token";
import { getTrustCheckByToken } from "./get-trust-check-by-token";
import { getTrustTrend } from "./get-trust-trend";

const now = new Date("2026-11-21T12:00:00Z");
const tokenFrom = (text: string) => /\/trust\/([\w-]+)/.exec(text)![1]!;

async function heldDinnerWithCommunity(extraCommunity: number) {
  const world = await dinnerProgramme();
  const community = [world.ally];
  for (let i = 0; i < extraCommunity; i++) community.push(await createMember(db, { programmeId: world.programme.id, party: "COMMUNITY", role: "ALLY" }));
  const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-11-20T17:30:00Z") });
  const present = [world.coordinator, world.police, ...community].map((m) => m.membership.id);
  await recordAttendance(await world.as.coordinator(), world.programme.id, { dinnerId: dinner.id, version: 1, attendedMembershipIds: present }, now);
  return { world, dinner, community };
}

describe("trust check", () => {
  it("asks every attendee once by e-mail in their language, with a hashed single-use token", async () => {
    const { world, dinner } = await heldDinnerWithCommunity(0);
    const requests = await db.trustCheckRequest.findMany({ where: { dinnerId: dinner.id } });
    expect(requests).toHaveLength(3);
    const queued = await db.email.findUniqueOrThrow({ where: { dedupeKey: `trust-check:${dinner.id}:${world.ally.membership.id}` } });
    expect(queued.text).toContain(`/trust/${linkTokenSlot}?keepsPromises=5`);
    // The token is made when the e-mail is sent; the request keeps only its hash.
    const mail = await mailbox().lastTo(world.ally.person.email);
    expect(mail.subject).toContain("Drie vragen"); // Fatma reads Dutch
    const token = tokenFrom(mail.text);
    expect(await db.trustCheckRequest.count({ where: { dinnerId: dinner.id, membershipId: world.ally.membership.id, tokenHash: hashSecretToken(token) } })).toBe(1);
    expect(requests.map((r) => r.tokenHash)).not.toContain(hashSecretToken(token));
    expect(mail.text).toContain(`/trust/${token}?keepsPromises=5`);

    // Correcting the attendance asks nobody twice.
    await recordAttendance(await world.as.coordinator(), world.programme.id, { dinnerId: dinner.id, version: 2, attendedMembershipIds: [world.ally.membership.id, world.police.membership.id, world.coordinator.membership.id] }, now);
    expect(await db.email.count({ where: { dedupeKey: { startsWith: `trust-check:${dinner.id}:` } } })).toBe(3);

    // Opening the link records nothing; the POST does, once, with no link to the person.
    expect(await getTrustCheckByToken(token, now)).toMatchObject({ programme: world.programme.name });
    expect(await db.trustCheck.count({ where: { dinnerId: dinner.id } })).toBe(0);
    await answerTrustCheckByToken(token, { keepsPromises: 4, wouldCall: null, speakFreely: 5 }, now);
    const answers = await db.trustCheck.findMany({ where: { dinnerId: dinner.id } });
    expect(answers).toEqual([{ id: expect.any(String), dinnerId: dinner.id, party: "COMMUNITY", keepsPromises: 4, wouldCall: null, speakFreely: 5 }]);
    expect(await db.trustCheckReceipt.count({ where: { dinnerId: dinner.id, membershipId: world.ally.membership.id } })).toBe(1);
    await expect(answerTrustCheckByToken(token, { keepsPromises: 1, wouldCall: 1, speakFreely: 1 }, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getTrustCheckByToken(token, now)).toBeNull();
    // And the start-page card is gone for her, still there for the others.
    expect((await getStartPage(await world.as.ally(), now)).trustChecks).toEqual([]);
    expect((await getStartPage(await world.as.police(), now)).trustChecks).toMatchObject([{ dinnerId: dinner.id, programme: world.programme.name, startsAt: dinner.startsAt }]);
  });

  it("lets an attendee answer from the start page once; absentees and outsiders cannot", async () => {
    const { world, dinner } = await heldDinnerWithCommunity(0);
    const answer = { dinnerId: dinner.id, keepsPromises: 3, wouldCall: 4, speakFreely: 5 };
    await answerTrustCheck(await world.as.police(), world.programme.id, answer, now);
    await expect(answerTrustCheck(await world.as.police(), world.programme.id, answer, now)).rejects.toMatchObject({ messageKey: "trustAlreadyAnswered" });
    await expect(answerTrustCheck(await world.as.outsider(), world.programme.id, answer, now)).rejects.toBeInstanceOf(NotFoundError);
    const absent = await createMember(db, { programmeId: world.programme.id, party: "POLICE" });
    await expect(answerTrustCheck(await viewerOf(absent.person.id), world.programme.id, answer, now)).rejects.toMatchObject({ messageKey: "trustClosed" });
    // Expired after three weeks.
    await expect(answerTrustCheck(await world.as.coordinator(), world.programme.id, answer, new Date("2026-12-30T12:00:00Z"))).rejects.toMatchObject({ messageKey: "trustClosed" });
    expect(await db.trustCheck.count({ where: { dinnerId: dinner.id } })).toBe(1);
  });

  it("shows a party's result only from three answers of that party, and everyone's from three", async () => {
    const { world, dinner, community } = await heldDinnerWithCommunity(2);
    const as = async (personId: string, score: number) => answerTrustCheck(await viewerOf(personId), world.programme.id, { dinnerId: dinner.id, keepsPromises: score, wouldCall: score, speakFreely: null }, now);
    await as(community[0]!.person.id, 5);
    await as(community[1]!.person.id, 4);
    let trend = await getTrustTrend(await world.as.ally(), world.programme.id, {}, now);
    expect(trend.points[0]!.overall.mean.keepsPromises).toBeNull();
    await as(world.police.person.id, 2);
    trend = await getTrustTrend(await world.as.ally(), world.programme.id, {}, now);
    expect(trend.points[0]!.overall).toMatchObject({ answers: 3, mean: { keepsPromises: 3.7, wouldCall: 3.7, speakFreely: null } });
    expect(trend.points[0]!.byParty.COMMUNITY.mean.keepsPromises).toBeNull();
    expect(trend.points[0]!.byParty.POLICE.mean.keepsPromises).toBeNull();
    await as(community[2]!.person.id, 3);
    trend = await getTrustTrend(await world.as.ally(), world.programme.id, {}, now);
    expect(trend.points[0]!.byParty.COMMUNITY.mean.keepsPromises).toBe(4);
    expect(trend.points[0]!.byParty.POLICE.mean.keepsPromises).toBeNull();
    await expect(getTrustTrend(await world.as.outsider(), world.programme.id, {}, now)).rejects.toBeInstanceOf(NotFoundError);
  });
});
