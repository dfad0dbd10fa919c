// Runs once when a Next.js server process starts. Starts the durable job worker
// (lib/jobs/) inside the app server, on the app's PostgreSQL, but never during
// `next build`, never in the Edge runtime and never without a database. See docs/jobs.md.
// Also warms up the app's database client (lib/db/warm-up.ts), without waiting for it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return;
  void import("./lib/db/warm-up").then(({ warmUpDatabaseClient }) => warmUpDatabaseClient(), (error: unknown) => console.error(error));
  if (process.env.ALLIES_JOBS === "0") return;
  const { startJobsInServer } = await import("./lib/jobs/start-in-server");
  await startJobsInServer(connectionString);
}
