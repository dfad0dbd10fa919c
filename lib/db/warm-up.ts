import { db } from "@/lib/db";
import { logger } from "@/lib/log";

// The Prisma client's first query decodes and compiles its 4.6 MB WebAssembly query
// compiler (about a second on a small machine). instrumentation.ts runs this as the server
// starts, without waiting, so that it is done before the first visitor rather than during
// their first page (docs/decisions/023-start-up.md). A failure only costs that head start.
export async function warmUpDatabaseClient(): Promise<void> {
  try {
    await db.programme.findFirst({ select: { id: true } });
  } catch (error) {
    logger.warn({ err: error }, "warming up the database client failed");
  }
}
