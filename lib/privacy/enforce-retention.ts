import { db } from "@/lib/db";
import { personalData, type PersonalDataKind } from "./personal-data";

// The nightly retention job: every kind of personal data with a period (or an expiry)
// in lib/privacy/personal-data.ts is deleted or emptied once it is past the period the
// programme chose (or the default). Idempotent: a second run finds nothing more.
// Returns the rows changed per kind.
export async function enforceRetention(now = new Date()): Promise<Record<string, number>> {
  const changed: Record<string, number> = {};
  for (const kind of personalData as readonly PersonalDataKind[]) {
    if (!kind.prune) continue;
    changed[kind.key] = await db.$transaction((tx) => kind.prune!(tx, now), { timeout: 120_000 });
  }
  return changed;
}
