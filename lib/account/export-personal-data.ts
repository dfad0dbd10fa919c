import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEventSql } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { personalData, type ExportSql, type PersonalDataKind } from "@/lib/privacy/personal-data";
import { addressKey } from "@/lib/auth/address-key";

// Everything stored about the signed-in person: one entry per kind of personal data in
// lib/privacy/personal-data.ts that has an export (the same list erasure and retention
// follow). Of others only the names needed for context (programme and dinner venue
// names, action titles); no secrets (tokens, e-mail bodies with links).
// ONE statement for all kinds (decision 029: each statement costs the server more than
// PostgreSQL's work on it; this was 33), each kind's part reading the person's rows through
// `me` and `mine`, and the audit line of the export in the same statement.
export async function exportPersonalData(viewer: Viewer | null, now = new Date()) {
  const me = requireViewer(viewer);
  // The keys are the list's own names, never input: written into the SQL as they are.
  const parts = (personalData as readonly PersonalDataKind[]).flatMap((kind) => (kind.exportSql ? [Prisma.sql`${Prisma.raw(`'${kind.key}'`)}, ${kind.exportSql}`] : []));
  const [row] = await db.$queryRaw<{ data: ExportedData }[]>`
    WITH me AS (SELECT p."id", p."email", ${addressKey(me.email)}::text AS "addressKey" FROM "Person" p WHERE p."id" = ${me.personId}),
         mine AS (SELECT m."id" FROM "Membership" m WHERE m."personId" = ${me.personId}),
         audit AS (${auditEventSql({ kind: "person.exported", actorId: me.personId }, undefined, Prisma.sql`FROM me`)})
    SELECT json_build_object(${Prisma.join(parts)}) AS "data"`;
  // Erased since the viewer was read.
  if (!row?.data.person) throw new NotFoundError();
  return { exportedAt: now.toISOString(), ...row.data };
}

type Exported<K> = K extends { key: infer Key extends string; exportSql: ExportSql<infer V> } ? { [P in Key]: V } : never;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
export type ExportedData = UnionToIntersection<Exported<(typeof personalData)[number]>>;
