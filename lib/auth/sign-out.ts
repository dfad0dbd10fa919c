import { db } from "@/lib/db";
import { hashSecretToken } from "@/lib/security/secret-token";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Viewer } from "./viewer";

// Ends the session of this cookie's token (stored hashed, prisma/schema.prisma).
export async function signOutSession(sessionToken: string) {
  await db.session.deleteMany({ where: { tokenHash: hashSecretToken(sessionToken) } });
}

// Ends every session of the person, on every device and app instance, and revokes the
// sign-in links not yet used (a link in a mailbox someone else reads must die too).
export async function signOutEverywhere(viewer: Viewer) {
  await db.$transaction(async (tx) => {
    await tx.session.deleteMany({ where: { personId: viewer.personId } });
    await tx.verificationToken.deleteMany({ where: { identifier: viewer.email } });
    await recordAuditEvent({ kind: "auth.sign-out-everywhere", actorId: viewer.personId }, tx);
  });
}
