import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { appUrl } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/translator";
import { dinnerEvent, toIcs, calendarDinnerSelect } from "./dinner-events";

// One dinner as an .ics file, for a member of its programme. One query.
export async function getDinnerCalendar(viewer: Viewer | null, programmeId: string, dinnerId: string): Promise<{ filename: string; ics: string }> {
  const { viewer: me } = authorize(viewer, "dinner.view", programmeId);
  const dinner = await db.dinner.findFirst({
    where: { id: dinnerId, programmeId },
    select: calendarDinnerSelect,
  });
  if (!dinner) throw new NotFoundError();
  const { t } = await translatorFor(me.locale, "calendar");
  const event = dinnerEvent(dinner, { title: t("eventTitle", { programme: dinner.programme.name }), answerLink: (url) => t("answerLink", { url }) }, appUrl());
  const ics = toIcs([event], { calName: t("feedName"), method: dinner.status === "CANCELLED" ? "CANCEL" : "PUBLISH" });
  return { filename: `allies-dinner-${dinner.startsAt.toISOString().slice(0, 10)}.ics`, ics };
}
