import { addDays } from "date-fns";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createMember, createProgramme, createRsvp } from "@/lib/demo/factories";
import type { MailTransport } from "@/lib/email/deliver-emails";
import { mailbox } from "@/tests/support/mailbox";
import { runJob, startWorker, type Worker } from "./worker";

// Real pg-boss on this test file's database; only the SMTP transport is replaced by
// one that records what it was asked to send (tests/support/mailbox.ts).
const running: Worker[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.stop()));
});

async function start(transport: MailTransport) {
  const worker = await startWorker({ connectionString: process.env.DATABASE_URL!, transport, schedule: false, pollingIntervalSeconds: 0.5 });
  running.push(worker);
  return worker;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("timed out");
}

// A dinner 5 days ahead in a programme with 7-day reminders: the reminder fell due two
// days ago, while no worker was running.
async function dinnerWithOverdueReminder() {
  const programme = await createProgramme(db, { reminderDaysBefore: [7, 1] });
  const members = await Promise.all([0, 1, 2].map(() => createMember(db, { programmeId: programme.id })));
  const dinner = await createDinner(db, { programmeId: programme.id, startsAt: addDays(new Date(), 5) });
  await createRsvp(db, { dinnerId: dinner.id, membershipId: members[0]!.membership.id, response: "YES" });
  return { dinner, emails: members.map((m) => m.person.email).sort() };
}

const reminderRows = (dinnerId: string) => db.email.findMany({ where: { dedupeKey: { startsWith: `reminder:${dinnerId}:` } }, select: { to: true, sentAt: true } });

describe("the job worker", () => {
  it("sends a reminder that fell due while the app was down once, after it starts, and not again after a restart", { timeout: 90_000 }, async () => {
    const { dinner, emails } = await dinnerWithOverdueReminder();
    const { sent, transport } = mailbox();

    const first = await start(transport);
    await first.boss.send("queue-dinner-reminders", {});
    await waitFor(async () => (await reminderRows(dinner.id)).length === 3);
    await first.boss.send("deliver-emails", {});
    await waitFor(async () => (await reminderRows(dinner.id)).every((r) => r.sentAt));
    await first.stop();
    running.splice(0);

    // The app restarts: the cron jobs run again; nothing new is queued or sent.
    const second = await start(transport);
    await second.boss.send("queue-dinner-reminders", {});
    await second.boss.send("deliver-emails", {});
    await waitFor(async () => (await second.boss.getQueueSize("queue-dinner-reminders")) === 0 && (await second.boss.getQueueSize("deliver-emails")) === 0);
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const toDinner = sent.filter((m) => emails.includes(m.to));
    expect(toDinner.map((m) => m.to).sort()).toEqual(emails);
    expect(await reminderRows(dinner.id)).toHaveLength(3);
  });

  it("sends each member one e-mail when two instances run the reminder job at the same time", { timeout: 90_000 }, async () => {
    const { dinner, emails } = await dinnerWithOverdueReminder();
    const a = mailbox();
    const b = mailbox();
    const [one, two] = [await start(a.transport), await start(b.transport)];

    // Both instances get reminder and delivery jobs at once (as two schedulers firing together would).
    await Promise.all([
      one.boss.send("queue-dinner-reminders", {}),
      two.boss.send("queue-dinner-reminders", {}),
      one.boss.send("queue-dinner-reminders", {}, { startAfter: 1 }),
      two.boss.send("queue-dinner-reminders", {}, { startAfter: 1 }),
      // The queue is a singleton per database, so also run the job bodies side by side directly.
      runJob("queue-dinner-reminders"),
      runJob("queue-dinner-reminders"),
    ]);
    await waitFor(async () => (await reminderRows(dinner.id)).length === 3);
    await Promise.all([
      one.boss.send("deliver-emails", {}),
      two.boss.send("deliver-emails", {}),
      runJob("deliver-emails", { transport: a.transport }),
      runJob("deliver-emails", { transport: b.transport }),
    ]);
    await waitFor(async () => (await reminderRows(dinner.id)).every((r) => r.sentAt));
    await waitFor(async () => (await one.boss.getQueueSize("deliver-emails")) === 0 && (await one.boss.getQueueSize("queue-dinner-reminders")) === 0);
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const delivered = [...a.sent, ...b.sent].filter((m) => emails.includes(m.to)).map((m) => m.to).sort();
    expect(delivered).toEqual(emails);
    expect(await reminderRows(dinner.id)).toHaveLength(3);
  });
});
