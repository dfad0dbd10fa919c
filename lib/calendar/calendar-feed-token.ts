import { appUrl } from "@/lib/env";

// The personal calendar feed's secret. Only its sha256 is kept (prisma/schema.prisma), so
// its address is shown once, when made (make-calendar-feed.ts). A calendar app polls it every
// few hours, and each fetch renews it (get-calendar-feed.ts): it expires only after this long
// unused.
export const calendarFeedLifetimeDays = 180;

export function calendarFeedUrl(token: string, base = appUrl()) {
  return `${base}/calendar/${token}/feed.ics`;
}
