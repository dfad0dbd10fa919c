import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createProgramme } from "@/lib/demo/factories";
import { ConflictError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { can } from "@/lib/auth/policy";
import { getProgrammeSettings } from "./get-programme-settings";
import { updateProgrammeSettings } from "./update-programme-settings";
import { getMemberDirectory } from "@/lib/members/get-member-directory";
import { setGroupChatUrl } from "@/lib/members/set-group-chat-url";
import { getPrivacyOverview } from "@/lib/privacy/get-privacy-overview";
import { choosableKinds } from "@/lib/privacy/personal-data";
import { saveRetentionChoices } from "@/lib/privacy/save-retention-choices";

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

  it("its three forms (settings, group chat link, retention) each check their own version: a save in one never refuses another", async () => {
    const programme = await createProgramme(db);
    const member = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR" });
    const coordinator = await viewerOf(member.person.id);
    // All three forms opened at once.
    const [settings, directory, privacy] = await Promise.all([getProgrammeSettings(coordinator, programme.id), getMemberDirectory(coordinator, programme.id), getPrivacyOverview(coordinator, programme.id)]);
    const retention = { [choosableKinds[0]!.key]: choosableKinds[0]!.retention.maxDays };

    await updateProgrammeSettings(coordinator, programme.id, { days: [3], version: settings.version });
    await setGroupChatUrl(coordinator, { programmeId: programme.id, version: directory.programme.version, groupChatUrl: "https://chat.whatsapp.com/abc" });
    await saveRetentionChoices(coordinator, programme.id, privacy.programme.version, retention);
    expect(await db.programme.findUniqueOrThrow({ where: { id: programme.id }, select: { reminderDaysBefore: true, groupChatUrl: true, retentionDays: true } })).toMatchObject({
      reminderDaysBefore: [3],
      groupChatUrl: "https://chat.whatsapp.com/abc",
      retentionDays: retention,
    });

    // Each form saved twice from what it first read is still refused, and writes nothing.
    await expect(updateProgrammeSettings(coordinator, programme.id, { days: [14], version: settings.version })).rejects.toBeInstanceOf(ConflictError);
    await expect(setGroupChatUrl(coordinator, { programmeId: programme.id, version: directory.programme.version, groupChatUrl: "https://signal.group/x" })).rejects.toMatchObject({ current: { groupChatUrl: "https://chat.whatsapp.com/abc", version: directory.programme.version + 1 } });
    await expect(saveRetentionChoices(coordinator, programme.id, privacy.programme.version, {})).rejects.toBeInstanceOf(ConflictError);
    expect(await db.programme.findUniqueOrThrow({ where: { id: programme.id }, select: { reminderDaysBefore: true, groupChatUrl: true, retentionDays: true } })).toMatchObject({
      reminderDaysBefore: [3],
      groupChatUrl: "https://chat.whatsapp.com/abc",
      retentionDays: retention,
    });
  });
});
