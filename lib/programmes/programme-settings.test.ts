import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createProgramme } from "@/lib/demo/factories";
import { ConflictError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { can } from "@/lib/auth/policy";
import { getProgrammeSettings } from "./get-programme-settings";
import { updateProgrammeSettings } from "./update-programme-settings";

describe("programme settings", () => {
  it("a coordinator reads and changes the reminder days, or switches them off", async () => {
    const programme = await createProgramme(db);
    const coordinator = await viewerOf((await createMember(db, { programmeId: programme.id, role: "COORDINATOR", party: "MUNICIPALITY" })).person.id);
    const settings = await getProgrammeSettings(coordinator, programme.id);
    expect(settings.reminderDaysBefore).toEqual([7, 1]);

    expect(await updateProgrammeSettings(coordinator, programme.id, { days: [1, 14, 3, 3, 99], version: settings.version })).toEqual([14, 3, 1]);
    await expect(updateProgrammeSettings(coordinator, programme.id, { days: [7], version: settings.version })).rejects.toBeInstanceOf(ConflictError);
    const changed = await getProgrammeSettings(coordinator, programme.id);
    expect(changed.reminderDaysBefore).toEqual([14, 3, 1]);
    await updateProgrammeSettings(coordinator, programme.id, { days: [], version: changed.version });
    expect((await getProgrammeSettings(coordinator, programme.id)).reminderDaysBefore).toEqual([]);
  });

  it("lets police liaisons plan dinners only once the coordinator allows it, and sets the yearly target", async () => {
    const programme = await createProgramme(db);
    const coordinator = await viewerOf((await createMember(db, { programmeId: programme.id, role: "COORDINATOR", party: "MUNICIPALITY" })).person.id);
    const liaison = await createMember(db, { programmeId: programme.id, role: "POLICE_LIAISON", party: "POLICE" });
    expect(can(await viewerOf(liaison.person.id), "dinner.plan", programme.id)).toBe(false);
    const { version } = await getProgrammeSettings(coordinator, programme.id);
    await updateProgrammeSettings(coordinator, programme.id, { days: [7], policeMayPlanDinners: true, dinnersPerYearTarget: 6, version });
    expect(can(await viewerOf(liaison.person.id), "dinner.plan", programme.id)).toBe(true);
    expect(await getProgrammeSettings(coordinator, programme.id)).toMatchObject({ policeMayPlanDinners: true, dinnersPerYearTarget: 6 });
  });

  it("is for the programme's coordinators only", async () => {
    const programme = await createProgramme(db);
    const other = await createProgramme(db);
    const ally = await viewerOf((await createMember(db, { programmeId: programme.id })).person.id);
    const liaison = await viewerOf((await createMember(db, { programmeId: programme.id, role: "POLICE_LIAISON", party: "POLICE" })).person.id);
    const outsider = await viewerOf((await createMember(db, { programmeId: other.id, role: "COORDINATOR", party: "MUNICIPALITY" })).person.id);
    for (const viewer of [ally, liaison, outsider]) {
      await expect(getProgrammeSettings(viewer, programme.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateProgrammeSettings(viewer, programme.id, { days: [], version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getProgrammeSettings(null, programme.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).reminderDaysBefore).toEqual([7, 1]);
  });
});
