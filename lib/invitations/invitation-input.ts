import { Locale, Party, Role } from "@/lib/generated/prisma/enums";
import { email, form, id, oneOf, text } from "@/lib/forms/fields";

// What the invitation forms of the members page post.
export const inviteMemberInput = form({
  programmeId: id,
  name: text(200, { required: true }),
  email,
  party: oneOf(Party),
  role: oneOf(Role),
  organisation: text(200),
  locale: oneOf(Locale),
});

export const pendingInvitationInput = form({ programmeId: id, invitationId: id });
