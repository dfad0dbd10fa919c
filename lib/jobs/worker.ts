import PgBoss from "pg-boss";
import { deliverPendingEmails, type MailTransport } from "@/lib/email/deliver-emails";
import { deliverPendingPush } from "@/lib/push/deliver-push";
import { setNudgeTarget } from "./nudge";
import { runHousekeeping } from "./housekeeping";
import { queueDueReminders } from "./queue-due-reminders";
import { queueWeeklyDigests } from "./queue-weekly-digests";
import { enforceRetention } from "@/lib/privacy/enforce-retention";
import { queuePlanReviews } from "@/lib/plan/queue-plan-reviews";
import { runPulseRounds } from "@/lib/pulse/run-pulse-rounds";
import { checkAllTension } from "@/lib/signals/check-tension-rise";
import { deleteExpiredSignals } from "@/lib/signals/delete-expired-signals";

export const JOBS_SCHEMA = "pgboss";

// The jobs, their schedules (cron, in the given zone) and what they do. Every job is
// idempotent: it may run twice, late, or on two instances at once (see docs/jobs.md).
export const jobs = {
  "deliver-emails": { cron: "* * * * *", tz: "UTC" },
  // Web Push outbox (issue 12); also nudged at once when an incident opens (./nudge.ts).
  "deliver-push": { cron: "* * * * *", tz: "UTC" },
  "queue-dinner-reminders": { cron: "*/5 * * * *", tz: "UTC" },
  "queue-weekly-digests": { cron: "0 7 * * 1", tz: "Europe/Amsterdam" },
  // lib/privacy/personal-data.ts: everything past its retention period goes (issue 13).
  "enforce-retention": { cron: "15 2 * * *", tz: "Europe/Amsterdam" },
  // A year after the programme plan's last version, its coordinators are reminded to review it.
  "queue-plan-reviews": { cron: "0 8 * * *", tz: "Europe/Amsterdam" },
  housekeeping: { cron: "17 * * * *", tz: "UTC" },
  "pulse-rounds": { cron: "0 9 * * *", tz: "Europe/Amsterdam" },
  "check-tension": { cron: "*/15 * * * *", tz: "UTC" },
  "delete-expired-signals": { cron: "30 3 * * *", tz: "Europe/Amsterdam" },
} as const;

export type JobName = keyof typeof jobs;

export type WorkerOptions = {
  connectionString: string;
  // Replaces SMTP delivery (tests).
  transport?: MailTransport;
  // Clock for the reminder and digest jobs (tests).
  now?: () => Date;
  // false: only work jobs, do not (re)register the cron schedules.
  schedule?: boolean;
  // How often an idle worker looks for jobs (pg-boss default 2 s).
  pollingIntervalSeconds?: number;
};

export function runJob(name: JobName, options: Pick<WorkerOptions, "transport" | "now"> = {}): Promise<number> {
  const now = options.now?.() ?? new Date();
  switch (name) {
    case "deliver-emails":
      return deliverAll(options.transport);
    case "deliver-push":
      return deliverPendingPush(100);
    case "queue-dinner-reminders":
      return queueDueReminders(now);
    case "queue-weekly-digests":
      return queueWeeklyDigests(now);
    case "enforce-retention":
      return enforceRetention(now).then((changed) => Object.values(changed).reduce((sum, count) => sum + count, 0));
    case "queue-plan-reviews":
      return queuePlanReviews(now);
    case "housekeeping":
      return runHousekeeping(now);
    case "pulse-rounds":
      return runPulseRounds(now);
    case "check-tension":
      return checkAllTension(now);
    case "delete-expired-signals":
      return deleteExpiredSignals(now);
  }
}

// Empties the outbox in batches (each e-mail claimed with SKIP LOCKED).
async function deliverAll(transport?: MailTransport): Promise<number> {
  let total = 0;
  for (let batch = 0; batch < 50; batch++) {
    const sent = await deliverPendingEmails(20, transport);
    total += sent;
    if (sent < 20) break;
  }
  return total;
}

export type Worker = { boss: PgBoss; stop: () => Promise<void> };

// Starts pg-boss on the app's PostgreSQL (schema "pgboss"), creates the queues,
// registers the cron schedules and works every queue. Several instances may run:
// pg-boss hands each job to one of them, and the jobs are idempotent anyway.
export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const boss = new PgBoss({ connectionString: options.connectionString, schema: JOBS_SCHEMA });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  for (const [name, { cron, tz }] of Object.entries(jobs) as [JobName, (typeof jobs)[JobName]][]) {
    await boss.createQueue(name, { name, policy: "singleton", retryLimit: 3, retryDelay: 30, expireInSeconds: 300 });
    if (options.schedule !== false) await boss.schedule(name, cron, {}, { tz });
    await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
      await runJob(name, options);
    });
  }
  setNudgeTarget(boss);
  return {
    boss,
    stop: () => (setNudgeTarget(undefined), boss.stop({ graceful: true, timeout: 10_000 })),
  };
}
