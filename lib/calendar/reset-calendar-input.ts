import { confirmation, form } from "@/lib/forms/fields";

// Replacing the feed address breaks every calendar app subscribed to the old one: a
// deliberate tick first.
export const resetCalendarInput = form({ confirm: confirmation("confirmReset") });
