import { NextResponse } from "next/server";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { startOidcSignIn } from "@/lib/auth/oidc-sign-in";
import { oidcConfig } from "@/lib/auth/options";
import { appUrl } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { form, optionalText } from "@/lib/forms/fields";
import { routeHandler } from "@/lib/http/route-handler";

// An overlong or odd callbackUrl is ignored (start page), never an error.
const startSchema = form({ callbackUrl: optionalText(500).catch(null) });

// The sign-in page's single sign-on button: a plain form POST (no JavaScript) that starts
// next-auth's OpenID Connect flow (see lib/auth/oidc-sign-in.ts). A route handler, not a
// server action: the browser itself must follow the redirect to the provider and keep
// next-auth's state and PKCE cookies. Only our own pages may start a sign-in (the
// wrapper's same-origin rule). None of the request's headers reach next-auth: Host and
// X-Forwarded-* are the client's to write (no trusted proxy is checked here), so the
// provider's return address comes from NEXTAUTH_URL alone, never from a request header
// (as HSTS, decision 017).
export const POST = routeHandler({ body: startSchema }, async ({ body }) => {
  if (!oidcConfig()) throw new NotFoundError();
  const result = await startOidcSignIn({ callbackUrl: safeRedirectPath(body.callbackUrl) });
  if (!result.location) return NextResponse.redirect(`${appUrl()}/signin?error=OAuthSignin`, 303);
  const response = new NextResponse(null, { status: 303, headers: { Location: result.location, "Cache-Control": "no-store" } });
  for (const cookie of result.setCookies) response.headers.append("Set-Cookie", cookie);
  return response;
});
