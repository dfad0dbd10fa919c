import { form, token } from "@/lib/forms/fields";
import { getCalendarFeed } from "@/lib/calendar/get-calendar-feed";
import { NotFoundError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";

// A person's calendar feed for calendar apps: no session, the secret token in the
// path is the credential. Unknown or reset token → 404.
export const GET = routeHandler({ params: form({ token }) }, async ({ params }) => {
  const ics = await getCalendarFeed(params.token);
  if (!ics) throw new NotFoundError();
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="allies.ics"',
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
});
