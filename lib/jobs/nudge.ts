import type PgBoss from "pg-boss";

// The running worker's queue, so a change that must reach people at once (an incident was
// opened) can start delivery now instead of at the next cron tick. Without a worker (tests,
// ALLIES_JOBS=0) a nudge does nothing: the cron schedule delivers later.
// Kept on globalThis: instrumentation and the app routes are bundled apart by Next.js and
// would otherwise each have their own copy of this module.
const slot = globalThis as unknown as { __alliesNudge?: PgBoss };

export function setNudgeTarget(boss: PgBoss | undefined) {
  slot.__alliesNudge = boss;
}

export function nudgeJobs(...names: ("deliver-emails" | "deliver-push")[]) {
  const running = slot.__alliesNudge;
  if (!running) return;
  for (const name of names) void running.send(name, {}).catch((error) => console.error("[jobs] nudge", error));
}
