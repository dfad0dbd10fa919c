// The app as end-to-end tests see it: the real `npm start` path on a fresh database
// (a throw-away database on TEST_DATABASE_URL/DATABASE_URL's server, else a fresh
// embedded one), in demo mode with a fake SMTP server, removed again when Playwright stops
// the server.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { EMBEDDED_DATABASE } from "@/lib/db/embedded";
import { assertLocalDatabaseUrl } from "@/lib/db/local-database";
import { createThrowawayDatabase } from "@/lib/db/test-databases";
import { freePort } from "@/tests/setup/test-server";
import { startFakeOidcProvider } from "@/tests/support/fake-oidc-provider";
import { startFakeSmtpServer } from "@/tests/support/fake-smtp-server";
import { e2eInfoFile } from "./support/info-file";

async function main() {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const cleanups: (() => Promise<void>)[] = [];
  const port = process.env.E2E_PORT ?? "3100";
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: port, NEXTAUTH_URL: `http://localhost:${port}`, ALLIES_DEMO: "1", NODE_ENV: "production" };
  delete env.DATABASE_URL;
  const dataDir = await mkdtemp(path.join(process.cwd(), ".data", "e2e-"));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  env.ALLIES_DATA_DIR = dataDir;
  if (serverUrl) {
    assertLocalDatabaseUrl(serverUrl, "run end-to-end tests");
    const database = await createThrowawayDatabase(serverUrl, "allies_e2e");
    cleanups.unshift(database.drop);
    env.DATABASE_URL = database.url;
  } else {
    env.ALLIES_PG_PORT = String(await freePort());
    env.E2E_DATABASE_URL = `postgresql://postgres@127.0.0.1:${env.ALLIES_PG_PORT}/${EMBEDDED_DATABASE}`;
  }
  // Single sign-on against a fake OpenID Connect provider (tests/e2e/single-sign-on.spec.ts).
  const oidc = await startFakeOidcProvider();
  cleanups.push(() => oidc.close());
  Object.assign(env, { OIDC_ISSUER: oidc.issuer, OIDC_CLIENT_ID: oidc.clientId, OIDC_CLIENT_SECRET: oidc.clientSecret, OIDC_NAME: "Police SSO" });
  // E-mail goes over real SMTP to a fake server whose inbox the tests read (support/inbox.ts).
  const smtp = await startFakeSmtpServer();
  cleanups.push(() => smtp.close());
  env.SMTP_URL = smtp.smtpUrl;
  // The tests read this to look up ids and arrange data in the app's own database.
  const infoFile = e2eInfoFile(port);
  await writeFile(infoFile, JSON.stringify({ databaseUrl: env.DATABASE_URL ?? env.E2E_DATABASE_URL, oidcIssuer: oidc.issuer, mailboxUrl: smtp.mailboxUrl }));
  cleanups.push(() => rm(infoFile, { force: true }));

  // What `npm start` runs: the launcher compiled by scripts/launch.cjs, with plain node.
  const app = spawn(process.execPath, [path.join("scripts", "launch.cjs")], { env, stdio: "inherit" });
  const stop = async (code: number) => {
    if (app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((resolve) => app.once("exit", resolve));
    }
    for (const cleanup of cleanups) await cleanup().catch((error) => console.error(error));
    process.exit(code);
  };
  process.on("SIGTERM", () => void stop(0));
  process.on("SIGINT", () => void stop(0));
  app.once("exit", (code) => void stop(code ?? 1));
}

void main();
