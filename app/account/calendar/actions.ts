"use server";

import { resetCalendarToken } from "@/lib/calendar/reset-calendar-token";
import { form } from "@/lib/forms/fields";
import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";

export const resetCalendarTokenAction = serverAction(form({}), async (viewer) => {
  await resetCalendarToken(viewer);
  refreshPages();
  return { ok: true, message: "resetDone" };
});
