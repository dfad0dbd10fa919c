import { form, token } from "@/lib/forms/fields";
import { takeRateLimit } from "@/lib/auth/rate-limit";
import { getCalendarFeed } from "@/lib/calendar/get-calendar-feed";
import { NotFoundError } from "@/lib/errors";
import { clientAddress, limitsByAddress } from "@/lib/http/client-address";
import { routeHandler } from "@/lib/http/route-handler";
import { hashSecretToken } from "@/lib/security/secret-token";

// Calendar apps poll every 15 minutes to a few hours. Per IP the limit stops guessing
// tokens (unknown tokens count too); per token it stops a leaked address being hammered.
export const feedLimits = { perIp: 120, perToken: 30, windowSeconds: 60 * 60 };

// A person's calendar feed for calendar apps: no session, the secret token in the
// path is the credential. Unknown or reset token → 404.
export const GET = routeHandler({ params: form({ token }) }, async ({ request, params }) => {
  const tokenKey = hashSecretToken(params.token).slice(0, 32);
  const address = clientAddress(request.headers);
  const [ipAllowed, tokenAllowed] = await Promise.all([
    limitsByAddress(address) ? takeRateLimit(`calendar-feed:ip:${address}`, feedLimits.perIp, feedLimits.windowSeconds) : true,
    takeRateLimit(`calendar-feed:token:${tokenKey}`, feedLimits.perToken, feedLimits.windowSeconds),
  ]);
  if (!ipAllowed || !tokenAllowed) {
    return new Response("Too many requests", { status: 429, headers: { "retry-after": "3600", "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
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
