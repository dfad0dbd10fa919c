import { appUrl } from "@/lib/env";

// The one same-origin rule for requests that change something (POST, PUT, PATCH,
// DELETE): the Origin header must be present and name this app. Modern browsers send
// Origin on every such request, so a missing one is refused too (a forged or stripped
// request, never a real form of ours). "This app" is the public address (APP_URL, else
// NEXTAUTH_URL: what a browser sees behind a TLS proxy) or the origin the request was
// addressed to (its Host, as Next puts it in request.url: direct access on the port).
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  return origin === new URL(appUrl()).origin || origin === new URL(request.url).origin;
}
