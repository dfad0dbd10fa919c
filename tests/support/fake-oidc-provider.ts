// A small OpenID Connect provider for tests, on node:http: discovery, an authorization
// endpoint that approves at once, a token endpoint that checks the client secret and PKCE
// and returns an RS256-signed id_token, JWKS and userinfo. Whom it signs in as is chosen by
// the test: `login_hint` on the authorization request, else `signInAs(email)` on this
// object, else POST /__test/sign-in-as {"email": "..."} (for a test in another process).
import { createHash, generateKeyPairSync, randomBytes, sign, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  // The e-mail address the next authorization signs in as (when no login_hint is sent).
  signInAs(email: string): void;
  close(): Promise<void>;
};

type Grant = { clientId: string; redirectUri: string; email: string; scope: string; nonce?: string; codeChallenge?: string; codeChallengeMethod?: string; expires: number };

const base64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");

// The same person always gets the same subject, as with a real provider.
export function fakeOidcSubject(email: string): string {
  return `sub-${createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 24)}`;
}

function nameOf(email: string): string {
  return email.split("@")[0]!.split(/[._-]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join(" ");
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 100_000) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers });
  response.end(JSON.stringify(body));
}

export async function startFakeOidcProvider(options: { clientId?: string; clientSecret?: string; port?: number; defaultEmail?: string } = {}): Promise<FakeOidcProvider> {
  const clientId = options.clientId ?? "allies-test-client";
  const clientSecret = options.clientSecret ?? randomBytes(16).toString("hex");
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = randomBytes(8).toString("hex");
  const jwk = { ...publicKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig" };
  const grants = new Map<string, Grant>();
  const accessTokens = new Map<string, { email: string; expires: number }>();
  let nextEmail = options.defaultEmail ?? "staff@example.org";
  let issuer = "";

  function signJwt(payload: Record<string, unknown>): string {
    const input = `${base64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }))}.${base64url(JSON.stringify(payload))}`;
    return `${input}.${base64url(sign("sha256", Buffer.from(input), privateKey))}`;
  }

  function claimsOf(email: string) {
    return { sub: fakeOidcSubject(email), email, email_verified: true, name: nameOf(email) };
  }

  function authorize(url: URL, response: ServerResponse) {
    const params = url.searchParams;
    const redirectUri = params.get("redirect_uri");
    if (params.get("client_id") !== clientId || !redirectUri) return json(response, 400, { error: "invalid_request", error_description: "unknown client or no redirect_uri" });
    const back = new URL(redirectUri);
    const state = params.get("state");
    if (state !== null) back.searchParams.set("state", state);
    if (params.get("response_type") !== "code" || !(params.get("scope") ?? "").split(" ").includes("openid")) {
      back.searchParams.set("error", "unsupported_response_type");
      response.writeHead(302, { Location: back.toString() });
      return response.end();
    }
    const code = randomBytes(24).toString("base64url");
    grants.set(code, {
      clientId,
      redirectUri,
      email: (params.get("login_hint") ?? nextEmail).toLowerCase(),
      scope: params.get("scope") ?? "openid",
      nonce: params.get("nonce") ?? undefined,
      codeChallenge: params.get("code_challenge") ?? undefined,
      codeChallengeMethod: params.get("code_challenge_method") ?? undefined,
      expires: Date.now() + 60_000,
    });
    back.searchParams.set("code", code);
    response.writeHead(302, { Location: back.toString(), "Cache-Control": "no-store" });
    response.end();
  }

  async function token(request: IncomingMessage, response: ServerResponse) {
    const form = new URLSearchParams(await readBody(request));
    // client_secret_basic (next-auth's default) or client_secret_post.
    let id = form.get("client_id");
    let secret = form.get("client_secret");
    const basic = /^Basic (.+)$/i.exec(request.headers.authorization ?? "");
    if (basic) {
      const [user, pass] = Buffer.from(basic[1]!, "base64").toString("utf8").split(":");
      id = decodeURIComponent(user ?? "");
      secret = decodeURIComponent(pass ?? "");
    }
    if (id !== clientId || !secret || !safeEqual(secret, clientSecret)) return json(response, 401, { error: "invalid_client" });
    if (form.get("grant_type") !== "authorization_code") return json(response, 400, { error: "unsupported_grant_type" });
    const code = form.get("code") ?? "";
    const grant = grants.get(code);
    grants.delete(code); // single use
    if (!grant || grant.expires < Date.now() || grant.redirectUri !== form.get("redirect_uri")) return json(response, 400, { error: "invalid_grant" });
    if (grant.codeChallenge) {
      const verifier = form.get("code_verifier") ?? "";
      const expected = grant.codeChallengeMethod === "S256" ? base64url(createHash("sha256").update(verifier).digest()) : verifier;
      if (!verifier || !safeEqual(expected, grant.codeChallenge)) return json(response, 400, { error: "invalid_grant", error_description: "PKCE verification failed" });
    }
    const accessToken = randomBytes(24).toString("base64url");
    accessTokens.set(accessToken, { email: grant.email, expires: Date.now() + 3600_000 });
    const now = Math.floor(Date.now() / 1000);
    const digest = createHash("sha256").update(accessToken).digest();
    const idToken = signJwt({
      iss: issuer,
      aud: clientId,
      ...claimsOf(grant.email),
      iat: now,
      exp: now + 300,
      at_hash: base64url(digest.subarray(0, digest.length / 2)),
      ...(grant.nonce ? { nonce: grant.nonce } : {}),
    });
    json(response, 200, { access_token: accessToken, token_type: "Bearer", expires_in: 3600, id_token: idToken, scope: grant.scope });
  }

  function userinfo(request: IncomingMessage, response: ServerResponse) {
    const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? "");
    const found = bearer ? accessTokens.get(bearer[1]!) : undefined;
    if (!found || found.expires < Date.now()) return json(response, 401, { error: "invalid_token" }, { "WWW-Authenticate": 'Bearer error="invalid_token"' });
    json(response, 200, claimsOf(found.email));
  }

  async function setEmail(request: IncomingMessage, response: ServerResponse) {
    const raw = await readBody(request);
    const email = (request.headers["content-type"] ?? "").includes("json") ? (JSON.parse(raw) as { email?: string }).email : new URLSearchParams(raw).get("email");
    if (!email || !email.includes("@")) return json(response, 400, { error: "email required" });
    nextEmail = email.toLowerCase();
    json(response, 200, { email: nextEmail });
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", issuer);
    const route = `${request.method} ${url.pathname}`;
    const handle = async () => {
      switch (route) {
        case "GET /.well-known/openid-configuration":
          return json(response, 200, {
            issuer,
            authorization_endpoint: `${issuer}/authorize`,
            token_endpoint: `${issuer}/token`,
            userinfo_endpoint: `${issuer}/userinfo`,
            jwks_uri: `${issuer}/jwks`,
            response_types_supported: ["code"],
            grant_types_supported: ["authorization_code"],
            subject_types_supported: ["public"],
            id_token_signing_alg_values_supported: ["RS256"],
            scopes_supported: ["openid", "email", "profile"],
            token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
            code_challenge_methods_supported: ["S256", "plain"],
            claims_supported: ["sub", "iss", "aud", "exp", "iat", "nonce", "email", "email_verified", "name"],
          });
        case "GET /jwks":
          return json(response, 200, { keys: [jwk] });
        case "GET /authorize":
          return authorize(url, response);
        case "POST /token":
          return token(request, response);
        case "GET /userinfo":
        case "POST /userinfo":
          return userinfo(request, response);
        case "POST /__test/sign-in-as":
          return setEmail(request, response);
        default:
          return json(response, 404, { error: "not_found" });
      }
    };
    handle().catch((error: unknown) => json(response, 500, { error: "server_error", error_description: String(error) }));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(email) {
      nextEmail = email.toLowerCase();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
