import { hashSecretToken } from "@/lib/security/secret-token";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createProgramme } from "@/lib/demo/factories";
import { createQueryCounter } from "@/tests/support/count-queries";
import { signOutEverywhere } from "./sign-out";
import { viewerFromSessionToken } from "./viewer";

async function session(personId: string, token: string, expires = new Date(Date.now() + 60_000)) {
  await db.session.create({ data: { tokenHash: hashSecretToken(token), personId, expires } });
}

describe("viewerFromSessionToken", () => {
  it("loads the person and their active memberships from the session row", async () => {
    const programme = await createProgramme(db);
    const { person, membership } = await createMember(db, { programmeId: programme.id, role: "COORDINATOR", party: "MUNICIPALITY" });
    const left = await createProgramme(db);
    await db.membership.create({ data: { programmeId: left.id, personId: person.id, party: "COMMUNITY", role: "ALLY", leftAt: new Date() } });
    await session(person.id, `v-${person.id}`);

    const viewer = await viewerFromSessionToken(`v-${person.id}`);
    expect(viewer?.personId).toBe(person.id);
    expect(viewer?.memberships).toEqual([
      { id: membership.id, programmeId: programme.id, programmeName: programme.name, role: "COORDINATOR", party: "MUNICIPALITY", policeMayPlanDinners: false, timeZone: programme.timeZone },
    ]);
  });

  it("loads the viewer in one statement, one round trip, whatever the number of memberships", async () => {
    const programmes = await Promise.all([createProgramme(db), createProgramme(db), createProgramme(db)]);
    const { person } = await createMember(db, { programmeId: programmes[0].id, role: "ALLY", party: "COMMUNITY" });
    await db.membership.createMany({ data: programmes.slice(1).map((p) => ({ programmeId: p.id, personId: person.id, party: "COMMUNITY" as const, role: "ALLY" as const })) });
    await session(person.id, `one-${person.id}`);
    const counter = createQueryCounter();
    try {
      const { result, queries, roundTrips } = await counter.count(() => viewerFromSessionToken(`one-${person.id}`));
      expect(result?.memberships.map((m) => m.programmeId).sort()).toEqual(programmes.map((p) => p.id).sort());
      expect(queries).toHaveLength(1);
      expect(roundTrips).toBe(1);
      expect((await counter.count(() => viewerFromSessionToken("no-such-token"))).queries).toHaveLength(1);
    } finally {
      await counter.disconnect();
    }
  });

  it("gives nothing for unknown or expired sessions", async () => {
    const programme = await createProgramme(db);
    const { person } = await createMember(db, { programmeId: programme.id });
    await session(person.id, `expired-${person.id}`, new Date(Date.now() - 1000));
    expect(await viewerFromSessionToken(`expired-${person.id}`)).toBeNull();
    expect(await viewerFromSessionToken("no-such-token")).toBeNull();
  });

  it("signing out everywhere ends every session of the person and is audited", async () => {
    const programme = await createProgramme(db);
    const { person } = await createMember(db, { programmeId: programme.id });
    await session(person.id, `a-${person.id}`);
    await session(person.id, `b-${person.id}`);
    const viewer = (await viewerFromSessionToken(`a-${person.id}`))!;
    await signOutEverywhere(viewer);
    expect(await viewerFromSessionToken(`a-${person.id}`)).toBeNull();
    expect(await viewerFromSessionToken(`b-${person.id}`)).toBeNull();
    expect(await db.auditEvent.count({ where: { actorId: person.id, kind: "auth.sign-out-everywhere" } })).toBe(1);
  });
});
