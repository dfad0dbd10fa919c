import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";
import { NotFoundError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth only redeems: the e-mail link and the single sign-on callback (GET), its csrf,
// session and providers answers (GET). Every POST it would take is done by our own,
// limited routes instead (app/signin/actions.ts, app/api/oidc-sign-in; sign-out is ours
// too), so a POST here is absent: next-auth's own /api/auth/signin/email can no longer
// create a verification token per request, and no body is ever read (routeHandler's
// 64 kB limit and same-origin rule come first).
function handler(request: Request, context: Context) {
  return (NextAuth as unknown as (req: Request, ctx: Context, options: ReturnType<typeof getAuthOptions>) => Promise<Response>)(
    request,
    context,
    getAuthOptions(),
  );
}

export const POST = routeHandler({}, () => {
  throw new NotFoundError();
});

export { handler as GET };
