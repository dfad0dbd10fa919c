import { Locale, Party } from "@/lib/generated/prisma/enums";
import { email, form, id, oneOf, text } from "@/lib/forms/fields";
import { dinnersPerYearTarget } from "@/lib/programmes/programme-settings-input";
import { isTimeZone } from "./create-programme";

// What the site admin's forms post: a new programme, and its coordinator's invitation.
export const createProgrammeInput = form({
  name: text(200, { required: true }),
  municipality: text(200, { required: true }),
  policeTeam: text(200, { required: true }),
  neighbourhood: text(200, { required: true }),
  timeZone: text(64, { required: true }).refine(isTimeZone, "timeZone"),
  dinnersPerYearTarget: dinnersPerYearTarget.default(5),
});

export const appointCoordinatorInput = form({
  programmeId: id,
  name: text(200, { required: true }),
  email,
  party: oneOf(Party),
  organisation: text(200),
  locale: oneOf(Locale),
});
