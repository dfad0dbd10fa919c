import { ReadinessStatus } from "@/lib/generated/prisma/enums";
import { form, id, oneOf, text, wholeNumber } from "@/lib/forms/fields";

// One readiness point. `version` 0: the point was never saved (no row yet).
export const saveReadinessPointInput = form({
  programmeId: id,
  point: wholeNumber(1, 10),
  version: wholeNumber(0, 2_147_483_647),
  status: oneOf(ReadinessStatus),
  notes: text(2000),
});
