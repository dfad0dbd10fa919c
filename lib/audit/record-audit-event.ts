import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type AuditKind =
  | "auth.sign-in"
  | "auth.sign-out-everywhere"
  | "invitation.sent"
  | "admin.coordinator-appointed"
  | "invitation.accepted"
  | "invitation.resent"
  | "invitation.revoked"
  | "programme.created"
  | "programme.group-chat-changed"
  | "programme.retention-changed"
  | "membership.role-changed"
  | "membership.ended"
  | "directory.contacts-viewed"
  | "person.exported"
  | "person.erased"
  // Changes that matter (issue 14): a dinner cancelled or moved, an action's fields edited,
  // an agenda note's visibility changed.
  | "dinner.cancelled"
  | "dinner.moved"
  | "action.edited"
  | "agenda-item.visibility-changed";

type AuditInput = {
  kind: AuditKind;
  actorId?: string | null;
  programmeId?: string | null;
  subjectId?: string | null;
  data?: Prisma.InputJsonValue;
};

// Pass `tx` to record the event in the same transaction as the change it describes.
export async function recordAuditEvent(input: AuditInput, tx: Prisma.TransactionClient = db) {
  await tx.auditEvent.create({
    data: {
      kind: input.kind,
      actorId: input.actorId ?? null,
      programmeId: input.programmeId ?? null,
      subjectId: input.subjectId ?? null,
      data: input.data,
    },
  });
}

// The same event as an INSERT for a page's one statement (a data-modifying CTE:
// `WITH audit AS (${auditEventSql(...)}) SELECT …`), so a read that shows personal data
// records it without a statement of its own (decision 029). `data` is a jsonb expression and
// `source` the rest of the SELECT (e.g. `FROM shown WHERE shown.n > 0`): written in our SQL,
// never input. The id is random, as Prisma's cuid() is: nothing sorts by it.
export function auditEventSql(input: Omit<AuditInput, "data">, data: Prisma.Sql = Prisma.sql`NULL`, source: Prisma.Sql = Prisma.empty) {
  return Prisma.sql`INSERT INTO "AuditEvent" ("id", "kind", "actorId", "programmeId", "subjectId", "data")
    SELECT gen_random_uuid()::text, ${input.kind}::text, ${input.actorId ?? null}::text, ${input.programmeId ?? null}::text, ${input.subjectId ?? null}::text, ${data} ${source}`;
}
