import { Locale } from "@/lib/generated/prisma/enums";
import { checkbox, confirmation, dietaryNeedsMax, form, id, listOf, optionalOneOf, phone, text, version } from "@/lib/forms/fields";

// What the account form posts: the person's details, and per membership whether its
// programme may see the phone number.
export const updateAccountInput = form({
  name: text(200, { required: true }),
  phone,
  // Empty: the browser's language.
  locale: optionalOneOf(Locale),
  dietaryNeeds: text(dietaryNeedsMax),
  sharePhoneWith: listOf(id, { max: 100 }),
  // Sent when the form shows the consent checkboxes, so that none ticked means "share with nobody".
  consentShown: checkbox,
  version,
});

// Erasing cannot be undone: the box must be ticked.
export const eraseAccountInput = form({ confirm: confirmation("confirmRequired") });
