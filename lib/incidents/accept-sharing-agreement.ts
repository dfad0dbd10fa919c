import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError, NotFoundError } from "@/lib/errors";
import { currentProtocol, isPartyLead } from "./current-protocol";
import { lockRow } from "@/lib/db/locks";

// The lead of a party (its first contact in the protocol) accepts the agreement that holds
// for that party; who and when is recorded. Only the latest version can be accepted.
export async function acceptSharingAgreement(viewer: Viewer | null, programmeId: string, agreementId: string) {
  const { viewer: me, membership } = authorize(viewer, "agreement.accept", programmeId);
  return db.$transaction(async (tx) => {
    // Acceptances and new versions take turns on the programme's row (saveSharingAgreement
    // takes it too), and "latest" is read after it: no acceptance of a version once a newer
    // one is saved.
    await lockRow(tx, "Programme", programmeId);
    const [latest, protocol] = await Promise.all([
      tx.sharingAgreement.findFirst({ where: { programmeId }, orderBy: { version: "desc" }, select: { id: true } }),
      currentProtocol(tx, programmeId),
    ]);
    if (!latest) throw new NotFoundError();
    if (latest.id !== agreementId) throw new FieldError("form", "agreementChanged");
    if (!isPartyLead(protocol, membership)) throw new FieldError("form", "notPartyLead");
    await tx.sharingAgreementAcceptance.createMany({
      data: [{ agreementId, party: membership.party, membershipId: membership.id, acceptedBy: me.name }],
      skipDuplicates: true,
    });
  });
}
