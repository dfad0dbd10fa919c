import { z } from "zod";
import { form, oneOf, token } from "@/lib/forms/fields";
import { RsvpResponse } from "@/lib/generated/prisma/enums";

// The reminder e-mail's answer link (issue 14): the token in the path is the credential.
export const answerLinkParams = z.object({ token });
export const answerLinkInput = form({ response: oneOf(RsvpResponse) });
// What the e-mail's link chose (`?answer=YES`), and what the page says after saving.
export const answerLinkQuery = z.object({
  answer: oneOf(RsvpResponse).optional().catch(undefined),
  saved: oneOf(RsvpResponse).optional().catch(undefined),
  refused: z.enum(["dinnerCancelled", "answersClosed"]).optional().catch(undefined),
});
