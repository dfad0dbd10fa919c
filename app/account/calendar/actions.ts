"use server";

import { resetCalendarToken } from "@/lib/calendar/reset-calendar-token";
import { resetCalendarInput } from "@/lib/calendar/reset-calendar-input";
import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";

export const resetCalendarTokenAction = serverAction(resetCalendarInput, async (viewer) => {
  await resetCalendarToken(viewer);
  refreshPages();
  return { ok: true, message: "resetDone" };
});
