import { queueEmail } from "@/lib/email/queue-email";
import { actionAssignedEmail } from "@/lib/email/templates/action-assigned";
import { appUrl } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

// Tells a new owner, in their language, inside the caller's transaction. One e-mail per
// action and owner, however often the owner is removed and added again.
export async function queueActionAssignedEmail(
  tx: Prisma.TransactionClient,
  input: {
    actionId: string;
    programmeId: string;
    programmeName: string;
    title: string;
    owner: { membershipId: string; name: string; email: string; locale: "en" | "nl" | null };
  },
) {
  const link = `${appUrl()}/programmes/${input.programmeId}/actions/${input.actionId}`;
  const email = await actionAssignedEmail({ name: input.owner.name, programme: input.programmeName, title: input.title, link }, input.owner.locale);
  await queueEmail({ dedupeKey: `action-assigned:${input.actionId}:${input.owner.membershipId}`, to: input.owner.email, ...email }, tx);
}
