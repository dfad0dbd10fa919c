// The secret of a feed address (…/calendar/<token>/feed.ics), as a calendar app would send it.
export function feedTokenOf(feedUrl: string): string {
  return feedUrl.split("/calendar/")[1]!.replace("/feed.ics", "");
}
