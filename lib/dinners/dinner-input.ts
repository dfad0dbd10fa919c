import { checkbox, confirmation, dateTimeLocal, dietaryNeedsMax, form, id, listOf, oneOf, optionalDateTimeLocal, optionalText, version } from "@/lib/forms/fields";
import { RsvpResponse } from "@/lib/generated/prisma/enums";
import { venueFields } from "./venue-schema";

// What the dinner forms post. Shared by the server actions (validation) and the form
// components (inputPropsOf() for the HTML limits).
const dinner = { programmeId: id, dinnerId: id };
// Wall-clock times in the programme's zone; an empty end means 2.5 hours after the start.
const when = { startsAt: dateTimeLocal, endsAt: optionalDateTimeLocal };

export const scheduleDinnerInput = form({ programmeId: id, ...when, ...venueFields });
export const updateDinnerInput = form({ ...dinner, version, ...when, ...venueFields });
export const cancelDinnerInput = form({ ...dinner, version, confirm: confirmation("confirmCancel") });
// The answer buttons post `response`; returnTo is where the member answered (checked again by safeRedirectPath).
export const respondToDinnerInput = form({ ...dinner, response: oneOf(RsvpResponse), dietaryNeeds: optionalText(dietaryNeedsMax), saveDietaryDefault: checkbox, returnTo: optionalText(500), seenStartsAt: optionalText(40) });
export const recordAttendanceInput = form({ ...dinner, version, attended: listOf(id, { max: 1000 }) });
