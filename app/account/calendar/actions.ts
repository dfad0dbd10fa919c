"use server";

import { makeCalendarFeed } from "@/lib/calendar/make-calendar-feed";
import { makeCalendarFeedInput } from "@/lib/calendar/make-calendar-feed-input";
import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";

// The new address comes back in the answer, the one time it is shown (it is stored hashed).
export const makeCalendarFeedAction = serverAction(makeCalendarFeedInput, async (viewer) => {
  const address = await makeCalendarFeed(viewer);
  refreshPages();
  return { ok: true, message: "feedMade", data: address };
});
