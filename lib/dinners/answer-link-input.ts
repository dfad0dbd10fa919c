import { z } from "zod";
import { form, oneOf, optionalText, token } from "@/lib/forms/fields";
import { RsvpResponse } from "@/lib/generated/prisma/enums";

// The reminder e-mail's answer link (issue 14): the token in the path is the credential.
export const answerLinkParams = z.object({ token });
// seenStartsAt: the start the page showed; moved since, the answer is refused (?moved).
export const answerLinkInput = form({ response: oneOf(RsvpResponse), seenStartsAt: optionalText(40) });
// What the e-mail's link chose (`?answer=YES`), and what the page says after saving.
export const answerLinkQuery = z.object({
  answer: oneOf(RsvpResponse).optional().catch(undefined),
  saved: oneOf(RsvpResponse).optional().catch(undefined),
  refused: z.enum(["dinnerCancelled", "answersClosed"]).optional().catch(undefined),
  moved: z.literal("1").optional().catch(undefined),
});
