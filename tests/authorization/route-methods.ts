import { signedIn, type Caller } from "./roles";

// Every method of every route handler (app/**/route.ts, API routes included) but GET, which
// the page matrix covers (tests/authorization/pages.ts), with who may call it:
// - callers: any other caller gets 404, a signed-out one 401, and nothing is written;
// - "token": the secret token in the path is the only credential (an e-mailed link); with an
//   unknown token every caller, signed in or not, gets the same answer and nothing is written;
// - "public": a sign-in start or refusal; every caller gets the same answer, nothing is written.
// `params` and `body` make a valid request (for "token", but for its token). The runner is
// tests/integration/authorization-routes.test.ts; a method missing here fails it.
export type RouteMethodEntry = {
  method: "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";
  route: string;
  allow: readonly Caller[] | "token" | "public";
  params?: Record<string, string | string[]>;
  body: Record<string, string>;
};

export const routeMethodMatrix: RouteMethodEntry[] = [
  // The opt-in script posts a device's subscription; each person's own (lib/push/save-push-subscription.ts).
  { method: "POST", route: "/account/push", allow: signedIn, body: { endpoint: "https://push.example.invalid/matrix-device", p256dh: "BMatrixOnlyKey", auth: "matrix-auth", label: "Matrix phone" } },
  { method: "POST", route: "/invitations/[token]/accept", allow: "token", params: { token: "not-a-valid-token" }, body: { phone: "+31 6 1234 5678", consentToSharePhone: "on" } },
  { method: "POST", route: "/answer/[token]/confirm", allow: "token", params: { token: "not-a-valid-token" }, body: { response: "YES" } },
  { method: "POST", route: "/trust/[token]/answer", allow: "token", params: { token: "not-a-valid-token" }, body: { keepsPromises: "4", wouldCall: "3", speakFreely: "5" } },
  // next-auth takes no POST (always 404); the demo sign-in exists in demo mode only; single
  // sign-on only when configured (tests: lib/http/route-handlers.test.ts, tests/integration/hardening-http.test.ts).
  { method: "POST", route: "/api/auth/[...nextauth]", allow: "public", params: { nextauth: ["signin", "email"] }, body: { email: "els@allies.demo", csrfToken: "x" } },
  { method: "POST", route: "/api/demo-sign-in", allow: "public", body: { account: "coordinator", callbackUrl: "/" } },
  { method: "POST", route: "/api/oidc-sign-in", allow: "public", body: { callbackUrl: "/" } },
];
