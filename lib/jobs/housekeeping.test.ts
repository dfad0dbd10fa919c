import { hashSecretToken } from "@/lib/security/secret-token";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createPerson } from "@/lib/demo/factories";
import { runHousekeeping } from "./housekeeping";
import { jobs, runJob } from "./worker";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("housekeeping: one scheduled job prunes what grows without bound", () => {
  it("is a scheduled queue job", () => {
    expect(jobs.housekeeping.cron).toMatch(/\*/);
  });

  it("removes expired sign-in links and sessions, old rate-limit counters, old e-mails and submission keys; keeps the rest", async () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
    const person = await createPerson(db);
    await db.verificationToken.createMany({ data: [
      { identifier: person.email, token: "hk-expired", expires: hoursAgo(1) },
      { identifier: person.email, token: "hk-valid", expires: new Date(now.getTime() + 600_000) },
    ] });
    await db.session.createMany({ data: [
      { tokenHash: hashSecretToken("hk-old"), personId: person.id, expires: hoursAgo(1) },
      { tokenHash: hashSecretToken("hk-live"), personId: person.id, expires: new Date(now.getTime() + 3600_000) },
    ] });
    await db.rateLimit.createMany({ data: [
      { key: "hk:old", windowStart: hoursAgo(25), count: 3 },
      { key: "hk:new", windowStart: hoursAgo(1), count: 3 },
    ] });
    await db.email.createMany({ data: [
      { dedupeKey: "hk:delivered-old", to: "a@example.test", subject: "s", text: "", sentAt: hoursAgo(31 * 24) },
      { dedupeKey: "hk:delivered-new", to: "a@example.test", subject: "s", text: "", sentAt: hoursAgo(24) },
      { dedupeKey: "hk:undelivered-old", to: "a@example.test", subject: "s", text: "token inside", createdAt: hoursAgo(16 * 24) },
      { dedupeKey: "hk:undelivered-new", to: "a@example.test", subject: "s", text: "token inside", createdAt: hoursAgo(2) },
    ] });
    await db.submissionKey.createMany({ data: [{ key: "hk:old", createdAt: hoursAgo(25) }, { key: "hk:new", createdAt: hoursAgo(1) }] });

    expect(await runHousekeeping(now)).toBeGreaterThanOrEqual(6);
    expect((await db.verificationToken.findMany({ where: { identifier: person.email } })).map((t) => t.token)).toEqual(["hk-valid"]);
    expect((await db.session.findMany({ where: { personId: person.id } })).map((s) => s.tokenHash)).toEqual([hashSecretToken("hk-live")]);
    expect((await db.rateLimit.findMany({ where: { key: { startsWith: "hk:" } } })).map((r) => r.key)).toEqual(["hk:new"]);
    expect((await db.email.findMany({ where: { dedupeKey: { startsWith: "hk:" } }, orderBy: { dedupeKey: "asc" } })).map((e) => e.dedupeKey)).toEqual(["hk:delivered-new", "hk:undelivered-new"]);
    expect((await db.submissionKey.findMany({ where: { key: { startsWith: "hk:" } } })).map((k) => k.key)).toEqual(["hk:new"]);
    // Through the queue's entry point too, and a second run finds nothing more.
    expect(await runJob("housekeeping", { now: () => now })).toBe(0);
  });
});

describe("the development outbox", () => {
  it("prints an e-mail when it is written, not again when a job queues the same one", async () => {
    vi.stubEnv("ALLIES_DEMO", "1");
    vi.resetModules();
    const { queueEmail } = await import("@/lib/email/queue-email");
    const printed = vi.spyOn(console, "info").mockImplementation(() => {});
    const reminder = { dedupeKey: "reminder:hk-dinner:hk-member:7", to: "m@example.test", subject: "Reminder", text: "Dinner next week", html: "<p>Dinner next week</p>" };
    for (let run = 0; run < 3; run++) await queueEmail(reminder);
    expect(printed.mock.calls.filter(([line]) => String(line).includes("[outbox] to m@example.test"))).toHaveLength(1);
    expect(await db.email.count({ where: { dedupeKey: reminder.dedupeKey } })).toBe(1);
  });
});
