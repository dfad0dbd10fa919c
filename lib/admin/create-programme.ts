import { db } from "@/lib/db";
import { requireAdmin } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { FieldError } from "@/lib/errors";
import { createStandardTopics } from "@/lib/topics/create-standard-topics";

export type NewProgramme = {
  name: string;
  municipality: string;
  policeTeam: string;
  neighbourhood: string;
  timeZone: string;
  dinnersPerYearTarget: number;
};

export function isTimeZone(value: string): boolean {
  try {
    // eslint-disable-next-line no-restricted-syntax -- a validity check (throws on an unknown zone), once per new programme
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

// Site admin only: the programme and its four standard topics, in one transaction.
export async function createProgramme(viewer: Viewer | null, input: NewProgramme) {
  const admin = requireAdmin(viewer);
  if (!isTimeZone(input.timeZone)) throw new FieldError("timeZone", "timeZone");
  return db.$transaction(async (tx) => {
    const programme = await tx.programme.create({
      data: {
        name: input.name,
        municipality: input.municipality,
        policeTeam: input.policeTeam,
        neighbourhood: input.neighbourhood,
        timeZone: input.timeZone,
        dinnersPerYearTarget: input.dinnersPerYearTarget,
      },
      select: { id: true },
    });
    await createStandardTopics(tx, programme.id);
    await recordAuditEvent({ kind: "programme.created", actorId: admin.personId, programmeId: programme.id, subjectId: programme.id }, tx);
    return programme;
  });
}
