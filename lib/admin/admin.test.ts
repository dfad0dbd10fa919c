import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createPerson, createProgramme } from "@/lib/demo/factories";
import { FieldError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { appointCoordinator } from "./appoint-coordinator";
import { createProgramme as createProgrammeAsAdmin, isTimeZone } from "./create-programme";
import { listProgrammes } from "./list-programmes";

const newProgramme = { name: "Allies Moerwijk", municipality: "Den Haag", policeTeam: "Team Zuiderpark", neighbourhood: "Moerwijk", timeZone: "Europe/Amsterdam", dinnersPerYearTarget: 5 };

describe("site admin", () => {
  it("creates a programme with the four standard topics, lists programmes with member counts, appoints a coordinator", async () => {
    const admin = await viewerOf((await createPerson(db, { isAdmin: true })).id);
    const { id } = await createProgrammeAsAdmin(admin, newProgramme);
    const topics = await db.topic.findMany({ where: { programmeId: id }, select: { key: true } });
    expect(topics.map((t) => t.key).sort()).toEqual(["NUISANCE", "POLARISATION", "POVERTY", "RADICALISATION"]);
    const existing = await createProgramme(db);
    await createMember(db, { programmeId: existing.id });
    const list = await listProgrammes(admin);
    expect(list.find((p) => p.id === id)).toMatchObject({ name: "Allies Moerwijk", members: 0 });
    expect(list.find((p) => p.id === existing.id)?.members).toBe(1);

    const invitation = await appointCoordinator(admin, { programmeId: id, email: "lotte@example.test", name: "Lotte", party: "MUNICIPALITY", locale: "en" });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ role: "COORDINATOR", programmeId: id });
    expect((await db.email.findFirstOrThrow({ where: { to: "lotte@example.test" } })).subject).toContain("You are invited");
    await expect(appointCoordinator(admin, { programmeId: "nope", email: "x@example.test", name: "X", party: "MUNICIPALITY", locale: "en" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("validates the time zone", async () => {
    const admin = await viewerOf((await createPerson(db, { isAdmin: true })).id);
    expect(isTimeZone("Europe/Amsterdam")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    await expect(createProgrammeAsAdmin(admin, { ...newProgramme, timeZone: "Mars/Olympus" })).rejects.toBeInstanceOf(FieldError);
  });

  it("is denied to everybody else, coordinators included", async () => {
    const programme = await createProgramme(db);
    const coordinator = await createMember(db, { programmeId: programme.id, role: "COORDINATOR" });
    const viewer = await viewerOf(coordinator.person.id);
    await expect(listProgrammes(viewer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createProgrammeAsAdmin(viewer, newProgramme)).rejects.toBeInstanceOf(NotFoundError);
    await expect(appointCoordinator(viewer, { programmeId: programme.id, email: "x@example.test", name: "X", party: "MUNICIPALITY", locale: "en" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listProgrammes(null)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
