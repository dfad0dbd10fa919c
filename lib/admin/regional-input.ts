import { Locale } from "@/lib/generated/prisma/enums";
import { email, form, id, listOf, oneOf, text } from "@/lib/forms/fields";

// The site admin appoints a regional coordinator (e.g. a police unit) for a set of programmes:
// exactly those ticked; none ticked ends the appointment.
export const appointRegionalInput = form({
  name: text(200, { required: true }),
  email,
  locale: oneOf(Locale),
  programmeIds: listOf(id, { max: 2000 }),
});
