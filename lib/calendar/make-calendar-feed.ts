import { addDays } from "date-fns";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { newSecretToken } from "@/lib/security/secret-token";
import { calendarFeedLifetimeDays, calendarFeedUrl } from "./calendar-feed-token";

// A new feed address for the signed-in person, returned to be shown this once (only its
// hash is kept); the old one, if any, stops working at once.
export async function makeCalendarFeed(viewer: Viewer | null, now = new Date()): Promise<{ feedUrl: string; webcalUrl: string }> {
  const me = requireViewer(viewer);
  const { token, tokenHash } = newSecretToken();
  await db.person.update({ where: { id: me.personId }, data: { calendarTokenHash: tokenHash, calendarTokenExpiresAt: addDays(now, calendarFeedLifetimeDays) } });
  const feedUrl = calendarFeedUrl(token);
  return { feedUrl, webcalUrl: feedUrl.replace(/^https?:\/\//, "webcal://") };
}
