import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/client";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError } from "@/lib/errors";
import { lockRow } from "@/lib/db/locks";

// A new version of the information-sharing agreement: every party's lead accepts it anew.
export async function saveSharingAgreement(viewer: Viewer | null, programmeId: string, basedOn: number, text: string) {
  const { membership } = authorize(viewer, "protocol.edit", programmeId);
  return db.$transaction(async (tx) => {
    // Takes turns with acceptances on the programme's row (acceptSharingAgreement).
    await lockRow(tx, "Programme", programmeId);
    const latest = await tx.sharingAgreement.findFirst({ where: { programmeId }, orderBy: { version: "desc" }, select: { version: true } });
    if ((latest?.version ?? 0) !== basedOn) throw new FieldError("form", "agreementChanged");
    try {
      return await tx.sharingAgreement.create({ data: { programmeId, version: basedOn + 1, text, createdById: membership.id }, select: { id: true, version: true } });
    } catch (error) {
      // Two saves of the same version at once both pass the check above; the unique
      // (programmeId, version) refuses the second, which is the same refusal as a stale form.
      if (isUniqueViolation(error)) throw new FieldError("form", "agreementChanged");
      throw error;
    }
  });
}
