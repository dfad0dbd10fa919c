import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { authSecret, env } from "@/lib/env";
import { alliesAdapter } from "./adapter";
import { newSecretToken } from "@/lib/security/secret-token";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { safeRedirectUrl } from "@/lib/http/safe-redirect";

const thirtyDays = 30 * 24 * 60 * 60;

export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

// Single sign-on is on when all three OIDC_* variables are set.
export function oidcConfig(): OidcConfig | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, name: env.OIDC_NAME };
}

export function oidcProvider(config: OidcConfig | null = oidcConfig()): NextAuthOptions["providers"] {
  if (!config) return [];
  return [
    {
      id: "oidc",
      name: config.name,
      type: "oauth",
      wellKnown: `${config.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email?.toLowerCase() ?? "", name: profile.name ?? "" };
      },
      // Staff accounts match an existing person by e-mail; they never create one.
      allowDangerousEmailAccountLinking: true,
    },
  ];
}

// Built on first use, so that `next build` needs no secret.
let options: NextAuthOptions | undefined;
export function getAuthOptions(): NextAuthOptions {
  return (options ??= buildAuthOptions());
}

function buildAuthOptions(): NextAuthOptions {
  return {
  adapter: alliesAdapter(),
  secret: authSecret(),
  // Sessions live in PostgreSQL: every app instance sees them, and signing out
  // everywhere is a delete.
  // The cookie's token is 32 bytes of crypto.randomBytes (next-auth's own is a UUID); the
  // adapter stores only its sha256.
  session: { strategy: "database", maxAge: thirtyDays, updateAge: 24 * 60 * 60, generateSessionToken: () => newSecretToken().token },
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
  providers: [
    EmailProvider({
      // Links are made and sent by lib/auth/magic-link.ts (rate-limited, through the
      // outbox); next-auth only redeems them. A direct POST to its sign-in route sends nothing.
      sendVerificationRequest: async () => {},
      maxAge: 15 * 60,
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    // After a sign-in link or single sign-on: only a path on this app (lib/http/safe-redirect.ts).
    async redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
    async signIn({ user }) {
      return Boolean(user?.id);
    },
    // Pages read the session row themselves (lib/auth/viewer.ts); next-auth's own
    // session endpoint reveals nothing but the expiry.
    async session({ session }) {
      return { expires: session.expires } as typeof session;
    },
  },
  events: {
    async signIn({ user, account }) {
      await recordAuditEvent({ kind: "auth.sign-in", actorId: user.id, data: { method: account?.provider ?? "unknown" } });
    },
  },
};
}
