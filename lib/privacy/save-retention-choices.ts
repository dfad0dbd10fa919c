import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError } from "@/lib/errors";
import { choosableKinds } from "./personal-data";

// Stores the programme's retention periods (validated within each kind's bounds by the
// input), only if they were not changed since `version` (Programme.retentionVersion) was read.
export async function saveRetentionChoices(viewer: Viewer | null, programmeId: string, version: number, days: Record<string, number>) {
  const { viewer: me } = authorize(viewer, "retention.edit", programmeId);
  const retentionDays = Object.fromEntries(choosableKinds.map((kind) => [kind.key, days[kind.key] ?? kind.retention.defaultDays]));
  await db.$transaction(async (tx) => {
    const { count } = await tx.programme.updateMany({ where: { id: programmeId, retentionVersion: version }, data: { retentionDays, retentionVersion: { increment: 1 } } });
    if (count === 0) throw new ConflictError({});
    await recordAuditEvent({ kind: "programme.retention-changed", actorId: me.personId, programmeId, data: retentionDays }, tx);
  });
}
