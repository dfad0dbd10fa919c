import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { calendarDate } from "@/lib/dates";
import { createAction, createMember, createProgramme } from "@/lib/demo/factories";
import { digestDedupeKey, isoWeekOf, queueWeeklyDigests } from "./queue-weekly-digests";

// Monday 23 November 2026, 07:00 in Amsterdam.
const now = new Date("2026-11-23T06:00:00Z");

describe("queueWeeklyDigests", () => {
  it("e-mails each owner their overdue open actions once a week, in their language", async () => {
    const programme = await createProgramme(db, { name: "Allies Digest" });
    const owner = await createMember(db, { programmeId: programme.id, person: { locale: "nl" } });
    const coOwner = await createMember(db, { programmeId: programme.id, party: "POLICE", role: "POLICE_LIAISON" });
    const onTime = await createMember(db, { programmeId: programme.id });
    const gone = await createMember(db, { programmeId: programme.id });
    await db.membership.update({ where: { id: gone.membership.id }, data: { leftAt: now } });
    const both = [owner.membership.id, coOwner.membership.id];
    await createAction(db, { programmeId: programme.id, ownerIds: both, title: "Old one", dueDate: calendarDate("2026-10-01") });
    await createAction(db, { programmeId: programme.id, ownerIds: [owner.membership.id], status: "IN_PROGRESS", title: "Yesterday", dueDate: calendarDate("2026-11-22") });
    await createAction(db, { programmeId: programme.id, ownerIds: [owner.membership.id, onTime.membership.id], title: "Today", dueDate: calendarDate("2026-11-23") });
    await createAction(db, { programmeId: programme.id, ownerIds: both, status: "DONE", title: "Done", dueDate: calendarDate("2026-10-01") });
    await createAction(db, { programmeId: programme.id, ownerIds: [gone.membership.id], title: "Left", dueDate: calendarDate("2026-10-01") });

    await queueWeeklyDigests(now);
    await queueWeeklyDigests(new Date("2026-11-23T18:00:00Z")); // the job runs again: nothing new

    const week = isoWeekOf(now, "Europe/Amsterdam");
    expect(week).toBe("2026-W48");
    const emails = await db.email.findMany({ where: { dedupeKey: { startsWith: "digest:" }, to: { in: [owner, coOwner, onTime, gone].map((m) => m.person.email) } } });
    expect(emails.map((e) => e.dedupeKey).sort()).toEqual([digestDedupeKey(owner.membership.id, week), digestDedupeKey(coOwner.membership.id, week)].sort());
    const dutch = emails.find((e) => e.to === owner.person.email)!;
    expect(dutch.subject).toBe("Je hebt 2 acties over de datum");
    expect(dutch.text).toContain("Old one");
    expect(dutch.text).toContain("Yesterday");
    expect(dutch.text).not.toContain("Today");
    const english = emails.find((e) => e.to === coOwner.person.email)!;
    expect(english.subject).toBe("You have 1 overdue action");

    await queueWeeklyDigests(new Date("2026-11-30T06:00:00Z")); // next Monday: a new digest
    expect(await db.email.count({ where: { to: owner.person.email, dedupeKey: { startsWith: "digest:" } } })).toBe(2);
  });
});
