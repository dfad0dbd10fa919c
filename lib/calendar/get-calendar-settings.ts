import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { appUrl } from "@/lib/env";

export function calendarFeedUrl(token: string, base = appUrl()) {
  return `${base}/calendar/${token}/feed.ics`;
}

// The signed-in person's own feed address (https and webcal). One query.
export async function getCalendarSettings(viewer: Viewer | null) {
  const me = requireViewer(viewer);
  const person = await db.person.findUniqueOrThrow({ where: { id: me.personId }, select: { calendarToken: true } });
  const feedUrl = calendarFeedUrl(person.calendarToken);
  return { feedUrl, webcalUrl: feedUrl.replace(/^https?:\/\//, "webcal://") };
}
