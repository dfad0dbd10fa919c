"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { resetCalendarToken } from "@/lib/calendar/reset-calendar-token";
import { serverAction } from "@/lib/forms/server-action";

export const resetCalendarTokenAction = serverAction(z.object({}), async (viewer) => {
  await resetCalendarToken(viewer);
  revalidatePath("/account/calendar");
  redirect("/account/calendar?reset=1");
});
