import { getCalendarFeed } from "@/lib/calendar/get-calendar-feed";

// A person's calendar feed for calendar apps: no session, the secret token in the
// path is the credential. Unknown or reset token → 404.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ics = await getCalendarFeed(token);
  if (!ics) return new Response("Not found", { status: 404 });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="allies.ics"',
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
}
