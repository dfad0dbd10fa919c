import { createHash, randomBytes } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import NextAuth from "next-auth";
import { getAuthOptions } from "./options";

// next-auth 4 starts an OAuth sign-in only on a POST to /api/auth/signin/<provider> that
// carries a CSRF token matching its CSRF cookie. A plain HTML form cannot have that pair
// without JavaScript, so our own POST route (app/api/oidc-sign-in/route.ts) makes a fresh
// pair here and runs next-auth's handler in-process through its documented
// `NextAuth(req, res, options)` API-route form, which takes cookies and body as plain
// objects. next-auth itself then makes the state and PKCE cookies and the provider
// redirect, and later redeems the callback. Mirrors next-auth 4 internals
// (core/lib/csrf-token.js): re-check on upgrade (lib/auth/oidc-sign-in.test.ts would fail).

// next-auth's CSRF cookie: `__Host-` prefixed when the site runs on https.
const csrfCookieNames = ["next-auth.csrf-token", "__Host-next-auth.csrf-token"];

// `${token}|${sha256(token + secret)}`, exactly as next-auth makes and checks it.
export function newCsrfPair(secret: string): { token: string; cookieValue: string } {
  const token = randomBytes(32).toString("hex");
  return { token, cookieValue: `${token}|${createHash("sha256").update(`${token}${secret}`).digest("hex")}` };
}

export type NextAuthCall = {
  method: "GET" | "POST";
  // e.g. ["signin", "oidc"] for /api/auth/signin/oidc
  path: string[];
  query?: Record<string, string>;
  body?: Record<string, string>;
  cookies?: Record<string, string>;
  headers?: Record<string, string>;
};

export type NextAuthResult = { status: number; location: string | null; setCookies: string[] };

type ApiHandler = (req: unknown, res: unknown, options: NextAuthOptions) => Promise<unknown>;

// Runs next-auth's handler on a request made of plain values and collects its answer.
export async function callNextAuth(call: NextAuthCall, options: NextAuthOptions = getAuthOptions()): Promise<NextAuthResult> {
  let status = 200;
  const headers = new Map<string, string | string[]>();
  const res = {
    status(code: number) {
      status = code;
      return res;
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    setHeader(name: string, value: string | string[]) {
      headers.set(name.toLowerCase(), value);
      return res;
    },
    end: () => res,
    send: () => res,
    json: () => res,
  };
  const req = {
    method: call.method,
    query: { ...call.query, nextauth: call.path },
    body: call.body ?? {},
    cookies: call.cookies ?? {},
    headers: call.headers ?? {},
  };
  await (NextAuth as unknown as ApiHandler)(req, res, options);
  const location = headers.get("location");
  const cookies = headers.get("set-cookie");
  return {
    status,
    location: typeof location === "string" ? location : null,
    setCookies: cookies === undefined ? [] : Array.isArray(cookies) ? cookies : [cookies],
  };
}

// Starts single sign-on: the provider's authorization address and next-auth's state,
// PKCE and callback-address cookies, for the browser to follow and keep. No request
// headers: next-auth takes its own address from NEXTAUTH_URL, never from a client's Host.
export async function startOidcSignIn(
  input: { callbackUrl: string },
  options: NextAuthOptions = getAuthOptions(),
): Promise<NextAuthResult> {
  const { token, cookieValue } = newCsrfPair(options.secret!);
  return callNextAuth(
    {
      method: "POST",
      path: ["signin", "oidc"],
      body: { csrfToken: token, callbackUrl: input.callbackUrl },
      cookies: Object.fromEntries(csrfCookieNames.map((name) => [name, cookieValue])),
    },
    options,
  );
}
