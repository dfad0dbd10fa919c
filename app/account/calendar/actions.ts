"use server";

import { makeCalendarFeed, makeCalendarFeedInput } from "@/lib/calendar/calendar-feed-token";
import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";

// The new address comes back in the answer, the one time it is shown (it is stored hashed).
export const makeCalendarFeedAction = serverAction(makeCalendarFeedInput, async (viewer) => {
  const address = await makeCalendarFeed(viewer);
  refreshPages();
  return { ok: true, message: "feedMade", data: address };
});
