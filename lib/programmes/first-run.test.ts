import { randomBytes } from "node:crypto";
import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createMember, createProgramme } from "@/lib/demo/factories";
import { viewerOf } from "@/tests/support/viewers";
import { getProgrammeOverview } from "./get-programme-overview";

const now = new Date("2026-11-21T12:00:00Z");

function invite(programmeId: string, party: "POLICE" | "COMMUNITY", data: { expiresAt?: Date; revokedAt?: Date } = {}) {
  const tokenHash = randomBytes(32).toString("hex");
  return db.invitation.create({ data: { programmeId, email: `${tokenHash.slice(0, 8)}@example.test`, name: "Invited", party, role: "ALLY", tokenHash, expiresAt: addDays(now, 7), ...data } });
}

// The first steps come with the programme overview (one statement, decision 029).
describe("the programme overview's first run", () => {
  it("checks each step off by the data: a member or open invitation per party, any dinner, the group chat", async () => {
    const programme = await createProgramme(db, { dinnersPerYearTarget: 5, groupChatUrl: null });
    const coordinator = await createMember(db, { programmeId: programme.id, role: "COORDINATOR", party: "MUNICIPALITY" });
    const viewer = await viewerOf(coordinator.person.id);

    // An expired or revoked invitation does not count; an open one does.
    await invite(programme.id, "POLICE", { expiresAt: addDays(now, -1) });
    await invite(programme.id, "COMMUNITY", { revokedAt: now });
    const start = (await getProgrammeOverview(viewer, programme.id, now)).firstRun!;
    expect(start.parties).toEqual([
      { party: "POLICE", members: 0, invited: 0, done: false },
      { party: "MUNICIPALITY", members: 1, invited: 0, done: true },
      { party: "COMMUNITY", members: 0, invited: 0, done: false },
    ]);
    expect(start.steps).toEqual({ invite: false, dinner: false, groupChat: false });
    expect(start).toMatchObject({ done: false, target: 5, weeksBetween: 10 });

    await invite(programme.id, "POLICE");
    await createMember(db, { programmeId: programme.id, party: "COMMUNITY" });
    await createMember(db, { programmeId: programme.id, party: "COMMUNITY" });
    await createDinner(db, { programmeId: programme.id, startsAt: addDays(now, 20) });
    await db.programme.update({ where: { id: programme.id }, data: { groupChatUrl: "https://chat.whatsapp.com/Example" } });
    const done = (await getProgrammeOverview(viewer, programme.id, now)).firstRun!;
    expect(done.parties.map((p) => [p.party, p.members, p.invited])).toEqual([
      ["POLICE", 0, 1],
      ["MUNICIPALITY", 1, 0],
      ["COMMUNITY", 2, 0],
    ]);
    expect(done).toMatchObject({ steps: { invite: true, dinner: true, groupChat: true }, done: true });
  });

  it("is for those who may edit the programme only", async () => {
    const programme = await createProgramme(db);
    const ally = await createMember(db, { programmeId: programme.id });
    expect((await getProgrammeOverview(await viewerOf(ally.person.id), programme.id, now)).firstRun).toBeNull();
  });
});
