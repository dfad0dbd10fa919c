import { after } from "next/server";
import { logger } from "@/lib/log";

// Runs `work` after the response has been sent (next/server's after()), so that what it
// does cannot be read from the answer's timing. Outside a request (scripts, tests) there
// is no "after": the work runs now and the caller awaits it.
export async function afterAnswer(work: () => Promise<void>): Promise<void> {
  const logged = () => work().catch((error: unknown) => logger.error({ err: error }, "work after the answer failed"));
  try {
    after(logged);
  } catch {
    await logged();
  }
}
