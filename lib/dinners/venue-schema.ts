import type { z } from "zod";
import { form, oneOf, optionalOneOf, optionalText, optionalWholeNumber, text } from "@/lib/forms/fields";
import { Party, VenueKind } from "@/lib/generated/prisma/enums";

// Where a dinner takes place, as entered in a form: when planning or editing a dinner and
// when a date poll's chosen option becomes one. The one set of venue limits (the venue
// fields component reads them with inputPropsOf()).
export const venueFields = {
  venueKind: oneOf(VenueKind),
  venueName: text(120, { required: true }),
  venueAddress: text(200, { required: true }),
  hostParty: optionalOneOf(Party),
  capacity: optionalWholeNumber(1, 500),
  guestNotes: optionalText(1000),
};

export const venueInput = form(venueFields);

// A venue as stored on a dinner.
export type Venue = z.output<typeof venueInput>;
