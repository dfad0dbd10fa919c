import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { dataSubjectOf } from "@/lib/privacy/data-subject";
import { personalData, type PersonalDataKind } from "@/lib/privacy/personal-data";

// Everything stored about the signed-in person: one entry per kind of personal data in
// lib/privacy/personal-data.ts that has an export (the same list erasure and retention
// follow). Of others only the names needed for context (programme and dinner venue
// names, action titles); no secrets (tokens, e-mail bodies with links).
export async function exportPersonalData(viewer: Viewer | null, now = new Date()) {
  const me = requireViewer(viewer);
  const data = await db.$transaction(async (tx) => {
    const subject = await dataSubjectOf(tx, me.personId);
    const kinds = (personalData as readonly PersonalDataKind[]).filter((kind) => kind.export);
    const values: Record<string, unknown> = {};
    for (const kind of kinds) values[kind.key] = await kind.export!(tx, subject);
    return values;
  });
  await recordAuditEvent({ kind: "person.exported", actorId: me.personId });
  return { exportedAt: now.toISOString(), ...data } as { exportedAt: string } & ExportedData;
}

type Exported<K> = K extends { key: infer Key extends string; export: (...args: never[]) => Promise<infer V> } ? { [P in Key]: V } : never;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
export type ExportedData = UnionToIntersection<Exported<(typeof personalData)[number]>>;
