import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { periodDays, personalData } from "./personal-data";

// What the programme keeps about people, for how long, and who sees it: the one list in
// lib/privacy/personal-data.ts with this programme's chosen periods. One query.
export async function getPrivacyOverview(viewer: Viewer | null, programmeId: string) {
  authorize(viewer, "programme.view", programmeId);
  const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { name: true, retentionDays: true, retentionVersion: true } });
  return {
    programme: { name: programme.name, version: programme.retentionVersion },
    kinds: personalData.map((kind) => ({
      key: kind.key,
      audience: kind.audience,
      retention: kind.retention,
      days: periodDays(kind.retention, programme.retentionDays, kind.key),
      exported: "exportSql" in kind,
      erased: "erase" in kind || kind.key === "memberships" || kind.key === "calendarToken",
    })),
    canEdit: can(viewer, "retention.edit", programmeId),
  };
}
