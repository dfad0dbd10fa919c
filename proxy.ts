import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce, singleSignOnOrigins, staticSecurityHeaders } from "@/lib/security/content-security-policy";

// Security headers on every response (pages, route handlers, 404s). Authorization is NOT
// done here: pages and server actions check for themselves (lib/auth/policy.ts).
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
    formActionOrigins: singleSignOnOrigins(process.env),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next's immutable build assets (those get the static headers from next.config.ts).
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
