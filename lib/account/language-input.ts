import { Locale } from "@/lib/generated/prisma/enums";
import { form, oneOf, optionalText } from "@/lib/forms/fields";

// The language switch in the header; `returnTo` only where a page names where to go back to.
export const chooseLanguageInput = form({ locale: oneOf(Locale), returnTo: optionalText(500) });
