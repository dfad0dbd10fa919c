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

  it("removes push messages (an incident's text) a week after they were sent or given up; keeps recent and still pending ones", async () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 3600_000);
    const person = await createPerson(db);
    const subscription = await db.pushSubscription.create({ data: { personId: person.id, endpoint: `https://push.example.test/hk-${person.id}`, p256dh: "x", auth: "y" } });
    const message = (dedupeKey: string, row: { createdAt: Date; sentAt?: Date; attempts?: number; lastError?: string }) => ({ dedupeKey, subscriptionId: subscription.id, payload: '{"title":"Incident","body":"What happened"}', ...row });
    await db.pushMessage.createMany({ data: [
      message("hk:sent-old", { createdAt: daysAgo(9), sentAt: daysAgo(8), attempts: 1 }),
      message("hk:given-up-old", { createdAt: daysAgo(8), attempts: 5, lastError: "HTTP 500" }),
      message("hk:sent-new", { createdAt: daysAgo(6), sentAt: daysAgo(6), attempts: 1 }),
      message("hk:given-up-new", { createdAt: daysAgo(2), attempts: 5, lastError: "HTTP 500" }),
      message("hk:pending-old", { createdAt: daysAgo(8), attempts: 2, lastError: "HTTP 500" }),
    ] });

    expect(await runHousekeeping(now)).toBeGreaterThanOrEqual(2);
    expect((await db.pushMessage.findMany({ where: { subscriptionId: subscription.id }, orderBy: { dedupeKey: "asc" } })).map((m) => m.dedupeKey)).toEqual(["hk:given-up-new", "hk:pending-old", "hk:sent-new"]);
  });
});

describe("the development outbox", () => {
  it("in demo mode without SMTP, prints each e-mail once when it is sent, with its link's token made then", async () => {
    vi.stubEnv("ALLIES_DEMO", "1");
    vi.resetModules();
    const { queueEmail } = await import("@/lib/email/queue-email");
    const { deliverPendingEmails } = await import("@/lib/email/deliver-emails");
    const { linkTokenSlot } = await import("@/lib/email/email-links");
    const printed = vi.spyOn(console, "info").mockImplementation(() => {});
    const signIn = { dedupeKey: "sign-in:hk-demo", to: "m@example.test", link: { kind: "sign-in" as const }, subject: "Sign in", text: `Open https://allies.example/api/auth/callback/email?token=${linkTokenSlot}`, html: "" };
    for (let run = 0; run < 3; run++) await queueEmail(signIn);
    expect(printed).not.toHaveBeenCalled();
    while ((await deliverPendingEmails()) > 0);
    await deliverPendingEmails();
    const lines = printed.mock.calls.map(([line]) => String(line)).filter((line) => line.includes("[outbox] to m@example.test"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(linkTokenSlot);
    expect(lines[0]).toMatch(/token=[\w-]{43}/);
    expect(await db.email.findUniqueOrThrow({ where: { dedupeKey: signIn.dedupeKey } })).toMatchObject({ text: "", sentAt: expect.any(Date) });
    expect(await db.verificationToken.count({ where: { identifier: "m@example.test" } })).toBe(1);
  });
});
