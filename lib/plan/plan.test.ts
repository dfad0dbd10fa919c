import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createPlanVersion, createProgramme } from "@/lib/demo/factories";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { getReadiness } from "@/lib/readiness/get-readiness";
import { saveReadinessPoint } from "@/lib/readiness/save-readiness-point";
import { viewerOf } from "@/tests/support/viewers";
import { getProgrammePlan } from "./get-programme-plan";
import { queuePlanReviews } from "./queue-plan-reviews";
import { reviewProgrammePlan, saveProgrammePlan } from "./save-programme-plan";

async function setup() {
  const programme = await createProgramme(db);
  const coordinator = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR", person: { locale: "nl" } });
  const ally = await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "ALLY" });
  const topics = await db.topic.findMany({ where: { programmeId: programme.id }, select: { id: true, key: true } });
  return { programme, coordinator, ally, topics };
}
const fields = { vision: "We know each other by name.", policeRole: "First contact", municipalityRole: "Coordinates", communityRole: "Shares", goals: {} as Record<string, string> };

describe("the programme plan", () => {
  it("saves versions, keeps the history, refuses a save built on an old version, records reviews", async () => {
    const { programme, coordinator, ally, topics } = await setup();
    const me = await viewerOf(coordinator.person.id);
    const topic = topics[0]!;
    await saveProgrammePlan(me, programme.id, 0, { ...fields, goals: { [topic.id]: "Two joint activities", "someone-elses-topic": "ignored" } });
    await saveProgrammePlan(me, programme.id, 1, { ...fields, vision: "Second" });
    await expect(saveProgrammePlan(me, programme.id, 1, { ...fields, vision: "Stale" })).rejects.toBeInstanceOf(ConflictError);
    await reviewProgrammePlan(me, programme.id, 2);

    const plan = await getProgrammePlan(await viewerOf(ally.person.id), programme.id);
    expect(plan.history.map((v) => [v.version, v.vision, v.reviewedUnchanged])).toEqual([
      [3, "Second", true],
      [2, "Second", false],
      [1, "We know each other by name.", false],
    ]);
    expect(plan.history[2]!.goals).toEqual([{ topicId: topic.id, goal: "Two joint activities" }]);
    expect(plan.canEdit).toBe(false);
    await expect(saveProgrammePlan(await viewerOf(ally.person.id), programme.id, 3, fields)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("reminds each active coordinator once, a year after the last version", async () => {
    const { programme, coordinator } = await setup();
    const now = new Date("2026-11-30T08:00:00Z");
    const recent = await createProgramme(db);
    await createMember(db, { programmeId: recent.id, role: "COORDINATOR", party: "MUNICIPALITY" });
    await createPlanVersion(db, { programmeId: programme.id, version: 1, vision: "Old", createdAt: new Date("2025-11-01T00:00:00Z") });
    await createPlanVersion(db, { programmeId: recent.id, version: 1, vision: "New", createdAt: new Date("2026-06-01T00:00:00Z") });

    expect(await queuePlanReviews(now)).toBe(1);
    await queuePlanReviews(now);
    const emails = await db.email.findMany({ where: { dedupeKey: { startsWith: "plan-review:" } } });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: coordinator.person.email });
    expect(emails[0]!.subject).toContain("programmaplan");
  });
});

describe("the ten-point readiness", () => {
  it("saves a point with optimistic concurrency and keeps no notes for points 8-10", async () => {
    const { programme, coordinator, ally } = await setup();
    const me = await viewerOf(coordinator.person.id);
    const now = new Date("2026-11-30T10:00:00Z");
    await saveReadinessPoint(me, programme.id, { point: 3, version: 0, status: "IN_PROGRESS", notes: "Training in spring" }, now);
    await expect(saveReadinessPoint(me, programme.id, { point: 3, version: 0, status: "DONE", notes: "" })).rejects.toBeInstanceOf(ConflictError);
    await saveReadinessPoint(me, programme.id, { point: 3, version: 1, status: "DONE", notes: "Done" }, now);
    await expect(saveReadinessPoint(me, programme.id, { point: 9, version: 0, status: "DONE", notes: "Case of a boy in the street" })).rejects.toBeInstanceOf(FieldError);
    await saveReadinessPoint(me, programme.id, { point: 9, version: 0, status: "DONE", notes: "" }, now);
    await expect(saveReadinessPoint(await viewerOf(ally.person.id), programme.id, { point: 1, version: 0, status: "DONE", notes: "" })).rejects.toBeInstanceOf(NotFoundError);

    const readiness = await getReadiness(await viewerOf(ally.person.id), programme.id);
    expect(readiness.points).toHaveLength(10);
    expect(readiness.points.find((p) => p.point === 3)).toMatchObject({ status: "DONE", notes: "Done", version: 2, reviewedAt: now });
    expect(readiness.points.find((p) => p.point === 9)).toMatchObject({ status: "DONE", notes: "", caseWork: true });
    expect(readiness.points.find((p) => p.point === 1)).toMatchObject({ status: "NOT_STARTED", version: 0, reviewedAt: null });
  });
});
