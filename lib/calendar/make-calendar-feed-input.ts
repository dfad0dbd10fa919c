import { confirmation, form } from "@/lib/forms/fields";

// A deliberate tick first: the first address is a secret to keep ("anyone who has it sees
// your dinners"); a new one breaks every calendar app subscribed to the old.
export const makeCalendarFeedInput = form({ confirm: confirmation("confirmFeed") });
