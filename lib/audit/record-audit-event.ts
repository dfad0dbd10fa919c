import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

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
