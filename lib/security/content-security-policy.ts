// The response headers every request gets. The Content-Security-Policy carries a fresh
// nonce per request (proxy.ts); Next reads it from the request header and puts it on its
// own inline and bundle scripts. No 'unsafe-inline' for scripts; styles allow inline
// because React and Next write style attributes that cannot carry a nonce.
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean; https?: boolean; formActionOrigins?: string[] } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The push service worker (public/push-sw.js), registered where a member opts in.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...(options.formActionOrigins ?? [])].join(" "),
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const staticSecurityHeaders: Record<string, string> = {
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

// Served over https (the public address says so): browsers must never use plain http
// for this host again (two years, the preload list's minimum; subdomains included).
export function transportSecurityHeaders(https: boolean): Record<string, string> {
  return https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {};
}

// Served over https: the public address (APP_URL, else NEXTAUTH_URL) is https. Not the
// request's X-Forwarded-Proto, which any client can write.
export function servedOverHttps(source: Record<string, string | undefined>): boolean {
  return (source.APP_URL || source.NEXTAUTH_URL || "").startsWith("https://");
}

// A NUL byte anywhere in the path or query (raw or percent-encoded) names no page: 404,
// before any page, action or database sees it.
export function hasNulByte(url: URL): boolean {
  const raw = `${url.pathname}${url.search}`;
  return /%00/i.test(raw) || raw.includes("\u0000");
}

// Chromium applies form-action to the redirects after a form post too: the single sign-on
// button (app/api/oidc-sign-in) redirects to the provider, so its origin must be allowed.
export function singleSignOnOrigins(source: Record<string, string | undefined>): string[] {
  if (!source.OIDC_ISSUER || !source.OIDC_CLIENT_ID || !source.OIDC_CLIENT_SECRET) return [];
  try {
    return [new URL(source.OIDC_ISSUER).origin];
  } catch {
    return [];
  }
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
