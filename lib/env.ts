import { z } from "zod";

// The one place that reads process.env. Everything else imports `env`.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  // Connections per app process (pg pool). Requests beyond it queue for a connection
  // (up to 30 s) instead of failing. Mind PostgreSQL's max_connections across instances.
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  // Addresses/CIDR ranges of reverse proxies whose X-Forwarded-For is believed (read by
  // lib/http/client-address.cjs); unset: nobody's, the socket address is the client.
  TRUSTED_PROXIES: z.string().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  // Public base address used in e-mailed links and calendar feeds.
  APP_URL: z.string().url().optional(),
  // Demo mode: one-click sign-in as demo roles and the development outbox. Set by
  // `npm start` when it runs the embedded database; never implied in production.
  ALLIES_DEMO: z.enum(["0", "1"]).default("0"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  SMTP_URL: z.string().url().optional(),
  EMAIL_FROM: z.string().default("Allies <allies@localhost>"),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default("Single sign-on"),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);

export const isDemo = env.ALLIES_DEMO === "1";

export function appUrl(): string {
  return (env.APP_URL ?? process.env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}

// next-auth signs sessions and hashes sign-in tokens with this. Production must set it;
// `npm start` generates one under .data/ for the embedded demo.
export function authSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.NODE_ENV === "production" && !isDemo) throw new Error("NEXTAUTH_SECRET must be set in production.");
  return "allies-development-secret-do-not-use-in-production";
}
