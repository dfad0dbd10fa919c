import { form, token } from "@/lib/forms/fields";
import { takeRateLimit } from "@/lib/auth/rate-limit";
import { getCalendarFeed } from "@/lib/calendar/get-calendar-feed";
import { NotFoundError } from "@/lib/errors";
import { clientAddress, limitsByAddress } from "@/lib/http/client-address";
import { routeHandler } from "@/lib/http/route-handler";
import { hashSecretToken } from "@/lib/security/secret-token";

// Calendar apps poll every 15 minutes to a few hours. Per token the limit stops a leaked
// address being hammered. Per IP only unknown tokens count (guessing): calendar services
// fetch every subscriber's feed from a few shared addresses, so a limit that counted
// working feeds, or that refused them once others guessed from there, would let other
// people's use stop a member's calendar.
export const feedLimits = { perIp: 120, perToken: 30, windowSeconds: 60 * 60 };

const tooManyRequests = () =>
  new Response("Too many requests", { status: 429, headers: { "retry-after": "3600", "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

// A person's calendar feed for calendar apps: no session, the secret token in the
// path is the credential. Unknown or reset token → 404.
export const GET = routeHandler({ params: form({ token }) }, async ({ request, params }) => {
  const tokenKey = hashSecretToken(params.token).slice(0, 32);
  if (!(await takeRateLimit(`calendar-feed:token:${tokenKey}`, feedLimits.perToken, feedLimits.windowSeconds))) return tooManyRequests();
  const ics = await getCalendarFeed(params.token);
  if (!ics) {
    const address = clientAddress(request.headers);
    if (limitsByAddress(address) && !(await takeRateLimit(`calendar-feed:ip:${address}`, feedLimits.perIp, feedLimits.windowSeconds))) return tooManyRequests();
    throw new NotFoundError();
  }
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="allies.ics"',
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
});
