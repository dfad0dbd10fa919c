import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createProgramme } from "@/lib/demo/factories";
import { ConflictError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { getReminderSettings } from "./get-reminder-settings";
import { updateReminderSettings } from "./update-reminder-settings";

describe("reminder settings", () => {
  it("a coordinator reads and changes the reminder days, or switches them off", async () => {
    const programme = await createProgramme(db);
    const coordinator = await viewerOf((await createMember(db, { programmeId: programme.id, role: "COORDINATOR", party: "MUNICIPALITY" })).person.id);
    const settings = await getReminderSettings(coordinator, programme.id);
    expect(settings.reminderDaysBefore).toEqual([7, 1]);

    expect(await updateReminderSettings(coordinator, programme.id, { days: [1, 14, 3, 3, 99], version: settings.version })).toEqual([14, 3, 1]);
    await expect(updateReminderSettings(coordinator, programme.id, { days: [7], version: settings.version })).rejects.toBeInstanceOf(ConflictError);
    const changed = await getReminderSettings(coordinator, programme.id);
    expect(changed.reminderDaysBefore).toEqual([14, 3, 1]);
    await updateReminderSettings(coordinator, programme.id, { days: [], version: changed.version });
    expect((await getReminderSettings(coordinator, programme.id)).reminderDaysBefore).toEqual([]);
  });

  it("is for the programme's coordinators only", async () => {
    const programme = await createProgramme(db);
    const other = await createProgramme(db);
    const ally = await viewerOf((await createMember(db, { programmeId: programme.id })).person.id);
    const liaison = await viewerOf((await createMember(db, { programmeId: programme.id, role: "POLICE_LIAISON", party: "POLICE" })).person.id);
    const outsider = await viewerOf((await createMember(db, { programmeId: other.id, role: "COORDINATOR", party: "MUNICIPALITY" })).person.id);
    for (const viewer of [ally, liaison, outsider]) {
      await expect(getReminderSettings(viewer, programme.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateReminderSettings(viewer, programme.id, { days: [], version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getReminderSettings(null, programme.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).reminderDaysBefore).toEqual([7, 1]);
  });
});
