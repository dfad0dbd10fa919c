import { logger } from "@/lib/log";
import { startWorker, type Worker } from "./worker";

// Called from instrumentation.ts in the Node.js server process only: starts the job
// worker on the app's database and stops it gracefully when the server is told to stop.
export async function startJobsInServer(connectionString: string): Promise<void> {
  let worker: Worker;
  try {
    worker = await startWorker({ connectionString });
  } catch (error) {
    // The app still serves pages; the outbox waits until a worker runs again.
    logger.error({ err: error }, "job worker did not start");
    return;
  }
  logger.info("job worker started");
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void worker.stop().catch((error: unknown) => logger.error({ err: error }, "job worker did not stop cleanly"));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
