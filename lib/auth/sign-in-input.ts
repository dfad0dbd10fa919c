import { email, form, optionalText } from "@/lib/forms/fields";

// The sign-in form: where to send the link, and where to go after signing in.
export const requestSignInInput = form({ email, callbackUrl: optionalText(500) });
