import { addDays } from "date-fns";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { confirmation, form } from "@/lib/forms/fields";
import { newSecretToken } from "@/lib/security/secret-token";

// The personal calendar feed's secret. Only its sha256 is kept (prisma/schema.prisma), so
// its address is shown once, when made. A calendar app polls it every few hours, and each
// fetch renews it (get-calendar-feed.ts): it expires only after this long unused.
export const calendarFeedLifetimeDays = 180;

export function calendarFeedUrl(token: string, base = appUrl()) {
  return `${base}/calendar/${token}/feed.ics`;
}

export type CalendarFeedAddress = { feedUrl: string; webcalUrl: string };

function feedAddress(token: string): CalendarFeedAddress {
  const feedUrl = calendarFeedUrl(token);
  return { feedUrl, webcalUrl: feedUrl.replace(/^https?:\/\//, "webcal://") };
}

// Whether the signed-in person has a working feed address, and until when. One query.
export async function getCalendarSettings(viewer: Viewer | null, now = new Date()): Promise<{ expiresAt: Date | null }> {
  const me = requireViewer(viewer);
  const person = await db.person.findUniqueOrThrow({ where: { id: me.personId }, select: { calendarTokenExpiresAt: true } });
  const expiresAt = person.calendarTokenExpiresAt;
  return { expiresAt: expiresAt && expiresAt > now ? expiresAt : null };
}

// A deliberate tick first: the first address is a secret to keep ("anyone who has it sees
// your dinners"); a new one breaks every calendar app subscribed to the old.
export const makeCalendarFeedInput = form({ confirm: confirmation("confirmFeed") });

// A new feed address for the signed-in person, returned to be shown this once; the old one,
// if any, stops working at once.
export async function makeCalendarFeed(viewer: Viewer | null, now = new Date()): Promise<CalendarFeedAddress> {
  const me = requireViewer(viewer);
  const { token, tokenHash } = newSecretToken();
  await db.person.update({ where: { id: me.personId }, data: { calendarTokenHash: tokenHash, calendarTokenExpiresAt: addDays(now, calendarFeedLifetimeDays) } });
  return feedAddress(token);
}
