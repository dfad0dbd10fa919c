import { NextResponse, type NextRequest } from "next/server";
import { requestPathHeader } from "@/lib/http/request-path";
import { contentSecurityPolicy, hasNulByte, newNonce, servedOverHttps, singleSignOnOrigins, staticSecurityHeaders, transportSecurityHeaders } from "@/lib/security/content-security-policy";

// Security headers on every response (pages, route handlers, 404s). Authorization is NOT
// done here: pages and server actions check for themselves (lib/auth/policy.ts).
export function proxy(request: NextRequest) {
  const https = servedOverHttps(process.env);
  if (hasNulByte(request.nextUrl)) {
    const notFound = new NextResponse("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
    for (const [name, value] of Object.entries({ ...staticSecurityHeaders, ...transportSecurityHeaders(https) })) notFound.headers.set(name, value);
    return notFound;
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https,
    formActionOrigins: singleSignOnOrigins(process.env),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // One id per request, in every log line about it (lib/log.ts) and in the response. A
  // well-formed id from the reverse proxy is kept, so its logs and ours line up.
  const requestId = /^[\w-]{8,64}$/.test(request.headers.get("x-request-id") ?? "") ? request.headers.get("x-request-id")! : crypto.randomUUID();
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("Content-Security-Policy", csp);
  // The page's own path and query, for a page that must send the browser somewhere and back
  // (lib/i18n/locale-cookie.ts); set here, so a request cannot bring its own. Without the
  // router's `_rsc` marker: the browser comes back to the page, not to its payload.
  const query = new URLSearchParams(request.nextUrl.search);
  query.delete("_rsc");
  requestHeaders.set(requestPathHeader, `${request.nextUrl.pathname}${query.size ? `?${query}` : ""}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("x-request-id", requestId);
  for (const [name, value] of Object.entries({ ...staticSecurityHeaders, ...transportSecurityHeaders(https) })) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next's immutable build assets (those get the static headers from next.config.ts).
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
