// The one redirect guard: every place that follows a callbackUrl/returnTo given by a
// request (sign-in, demo and single sign-on starts, the RSVP and language forms,
// next-auth's redirect callback) goes through safeRedirectPath. Only a path on this app
// is ever followed; anything doubtful becomes the fallback ("/"), never an error.
//
// Refused: absolute URLs and schemes, protocol-relative `//host`, backslashes (browsers
// read `/\host` as `//host`), control characters (tab, CR, LF: browsers strip tabs and
// newlines from URLs, and CR/LF in a Location header is a 500), and all of these hidden
// behind percent-encoding (`%2F%2F`, `%5C`, `%09`, double-encoded too). `..` is resolved
// the way a browser would, on this origin.
const base = "http://allies.invalid";
const control = /[\u0000-\u001f\u007f]/;

export function safeRedirectPath(value: string | null | undefined, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//")) return fallback;
  // Look behind up to three layers of percent-encoding for the same tricks.
  let decoded = value;
  for (let layer = 0; layer < 4; layer++) {
    if (control.test(decoded) || decoded.includes("\\") || /^\/[\\/]/.test(decoded)) return fallback;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (next === decoded) break;
    decoded = next;
  }
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // After `..` resolution the result must still be a plain path.
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return fallback;
  return path;
}

// next-auth hands its redirect callback absolute URLs of this app (it prefixes paths with
// its base URL): keep those, reduced to a path, and refuse every other origin.
export function safeRedirectUrl(value: string, appOrigin: string): string {
  try {
    const url = new URL(value);
    if (url.origin === new URL(appOrigin).origin) return `${appOrigin}${safeRedirectPath(`${url.pathname}${url.search}${url.hash}`)}`;
  } catch {
    // Not absolute: a path.
  }
  return `${appOrigin}${safeRedirectPath(value)}`;
}
