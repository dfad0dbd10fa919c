import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db";
import { hashSecretToken } from "@/lib/security/secret-token";
import { signOutSession } from "./sign-out";

type PersonRow = { id: string; name: string; email: string; emailVerified: Date | null };

function toUser(person: PersonRow): AdapterUser {
  return { id: person.id, name: person.name, email: person.email, emailVerified: person.emailVerified };
}

const personSelect = { id: true, name: true, email: true, emailVerified: true } as const;

// next-auth's storage, on our Person table. People are never created by signing in:
// they come in through an invitation (or the seed), so createUser refuses.
export function alliesAdapter(): Adapter {
  return {
    async createUser() {
      throw new Error("Unknown person: ask your coordinator for an invitation.");
    },
    async getUser(id) {
      const person = await db.person.findUnique({ where: { id }, select: personSelect });
      return person ? toUser(person) : null;
    },
    async getUserByEmail(email) {
      const person = await db.person.findUnique({ where: { email: email.toLowerCase() }, select: personSelect });
      return person ? toUser(person) : null;
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await db.account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        select: { person: { select: personSelect } },
      });
      return account ? toUser(account.person) : null;
    },
    async updateUser({ id, emailVerified }) {
      const person = await db.person.update({
        where: { id },
        data: emailVerified === undefined ? {} : { emailVerified },
        select: personSelect,
      });
      return toUser(person);
    },
    // Only which identity is whose: the provider's tokens are not kept (prisma/schema.prisma).
    async linkAccount({ userId, type, provider, providerAccountId }: AdapterAccount) {
      await db.account.create({ data: { personId: userId, type, provider, providerAccountId } });
    },
    // Sessions are stored by their token's hash: next-auth hands us the token (from the cookie,
    // or fresh from generateSessionToken) and gets it back; the table never holds it.
    async createSession({ sessionToken, userId, expires }) {
      await db.session.create({ data: { tokenHash: hashSecretToken(sessionToken), personId: userId, expires } });
      return { sessionToken, userId, expires };
    },
    async getSessionAndUser(sessionToken) {
      const session = await db.session.findUnique({
        where: { tokenHash: hashSecretToken(sessionToken) },
        select: { personId: true, expires: true, person: { select: personSelect } },
      });
      if (!session) return null;
      return {
        session: { sessionToken, userId: session.personId, expires: session.expires },
        user: toUser(session.person),
      };
    },
    async updateSession({ sessionToken, expires }) {
      if (!expires) return null;
      const session = await db.session.update({ where: { tokenHash: hashSecretToken(sessionToken) }, data: { expires } });
      return { sessionToken, userId: session.personId, expires: session.expires };
    },
    async deleteSession(sessionToken) {
      await signOutSession(sessionToken);
    },
    // Sign-in links are made only by lib/auth/magic-link.ts (rate-limited); next-auth's own
    // e-mail sign-in must never store one per request.
    async createVerificationToken() {
      throw new Error("Sign-in links are made by lib/auth/magic-link.ts, not by next-auth.");
    },
    async useVerificationToken({ identifier, token }) {
      const found = await db.verificationToken.findUnique({ where: { token } });
      if (!found || found.identifier !== identifier) return null;
      // Single use: only the request whose delete succeeds may sign in.
      const { count } = await db.verificationToken.deleteMany({ where: { identifier, token } });
      return count === 1 ? found : null;
    },
  };
}
