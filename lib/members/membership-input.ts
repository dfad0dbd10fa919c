import { Party, Role } from "@/lib/generated/prisma/enums";
import { confirmation, form, id, oneOf, text, version } from "@/lib/forms/fields";
import { isHttpsUrl } from "./set-group-chat-url";

// What the member forms post. Shared by the server actions (validation) and the form
// components (inputPropsOf() for the HTML limits).
const membership = { programmeId: id, membershipId: id, version };

export const updateMembershipInput = form({ ...membership, role: oneOf(Role), party: oneOf(Party), organisation: text(200) });

// Ending a membership cannot be undone: the box must be ticked.
export const endMembershipInput = form({ ...membership, confirm: confirmation("confirmRequired") });

// An https address (WhatsApp, Signal or any group chat); empty removes the link.
export const groupChatInput = form({ programmeId: id, version, groupChatUrl: text(500).refine((url) => url === "" || isHttpsUrl(url), "httpsUrl") });
