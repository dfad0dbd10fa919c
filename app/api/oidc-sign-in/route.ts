import { NextResponse } from "next/server";
import { safeCallbackPath } from "@/lib/auth/magic-link";
import { startOidcSignIn } from "@/lib/auth/oidc-sign-in";
import { oidcConfig } from "@/lib/auth/options";
import { appUrl } from "@/lib/env";

// The sign-in page's single sign-on button: a plain form POST (no JavaScript) that starts
// next-auth's OpenID Connect flow (see lib/auth/oidc-sign-in.ts). A route handler, not a
// server action: the browser itself must follow the redirect to the provider and keep
// next-auth's state and PKCE cookies. Only our own pages may start a sign-in.
export async function POST(request: Request) {
  if (!oidcConfig()) return new NextResponse("Not found", { status: 404 });
  const origin = request.headers.get("origin");
  if (!origin || (origin !== new URL(appUrl()).origin && origin !== new URL(request.url).origin)) {
    return new NextResponse("Forbidden", { status: 403 });
  }
  const form = await request.formData().catch(() => undefined);
  const raw = form?.get("callbackUrl");
  const callbackUrl = safeCallbackPath(typeof raw === "string" && raw.length <= 500 ? raw : undefined);
  const forwarded = ["host", "x-forwarded-host", "x-forwarded-proto"].flatMap((name) => {
    const value = request.headers.get(name);
    return value ? [[name, value] as const] : [];
  });
  const result = await startOidcSignIn({ callbackUrl, headers: Object.fromEntries(forwarded) });
  if (!result.location) return NextResponse.redirect(`${appUrl()}/signin?error=OAuthSignin`, 303);
  const response = new NextResponse(null, { status: 303, headers: { Location: result.location, "Cache-Control": "no-store" } });
  for (const cookie of result.setCookies) response.headers.append("Set-Cookie", cookie);
  return response;
}
