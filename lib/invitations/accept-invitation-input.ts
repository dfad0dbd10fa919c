import { checkbox, form, phone, token } from "@/lib/forms/fields";

// What the invitation's accept form posts to its route handler.
export const acceptInvitationParams = form({ token });
export const acceptInvitationInput = form({ phone, consentToSharePhone: checkbox });
