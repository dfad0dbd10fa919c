import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertAnotherCoordinatorRemains } from "@/lib/members/coordinator-guard";
import { dataSubjectOf } from "@/lib/privacy/data-subject";
import { personalData, type PersonalDataKind } from "@/lib/privacy/personal-data";

// Removes the signed-in person's personal data, kind by kind as listed in
// lib/privacy/personal-data.ts (the list export and retention follow): e-mails,
// invitations, sign-in links and rate-limit keys with their address go; action-update
// texts are emptied and unattributed; audit events lose who and what; RSVPs, poll votes,
// ownerships and receipts go; last the person row goes, and with it every membership.
// Refused for the last coordinator of a programme.
export async function erasePerson(viewer: Viewer | null, now = new Date()) {
  const me = requireViewer(viewer);
  await db.$transaction(
    async (tx) => {
      for (const membership of me.memberships.filter((m) => m.role === "COORDINATOR")) {
        await assertAnotherCoordinatorRemains(tx, membership.programmeId, membership.id, "confirm");
      }
      const subject = await dataSubjectOf(tx, me.personId);
      for (const kind of personalData as readonly PersonalDataKind[]) await kind.erase?.(tx, subject, now);
      // Only that an account was erased, under an id that now points nowhere.
      await recordAuditEvent({ kind: "person.erased", subjectId: me.personId }, tx);
    },
    { timeout: 30_000 },
  );
}
