// Screenshots of what a member sees on a 360 px phone, kept in docs/screenshots/ so the next
// engineer sees the app without running it (issue 14). Regenerate with `npm run screenshots`:
// it starts the app the way the end-to-end tests do (a throw-away demo database, the
// NEXT_DIST_DIR build) and photographs the start page, a dinner, its agenda and My actions,
// in English and Dutch, as the demo ally.
import { hashSecretToken } from "@/lib/security/secret-token";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { chromium } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/client";
import { e2eInfoFile } from "@/tests/e2e/support/info-file";

const port = process.env.E2E_PORT ?? "3190";
const base = `http://localhost:${port}`;

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${url} did not answer`);
}

async function main() {
  const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/e2e/server.ts"], { env: { ...process.env, E2E_PORT: port }, stdio: "inherit" });
  try {
    await waitFor(`${base}/signin`, 600_000);
    const { databaseUrl } = JSON.parse(await readFile(e2eInfoFile(port), "utf8")) as { databaseUrl: string };
    const db = createPrismaClient(databaseUrl);
    const programme = await db.programme.findFirstOrThrow({ where: { name: "Allies Schilderswijk" } });
    const dinner = await db.dinner.findFirstOrThrow({ where: { programmeId: programme.id, status: "PLANNED", startsAt: { gte: new Date() } }, orderBy: { startsAt: "asc" } });
    const person = await db.person.findUniqueOrThrow({ where: { email: "ally@allies.demo" } });
    const token = `screenshots-${randomBytes(16).toString("hex")}`;
    await db.session.create({ data: { tokenHash: hashSecretToken(token), personId: person.id, expires: new Date(Date.now() + 3_600_000) } });
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    await mkdir("docs/screenshots", { recursive: true });
    const shots = [
      ["start", "/"],
      ["dinner", `/programmes/${programme.id}/dinners/${dinner.id}`],
      ["agenda", `/programmes/${programme.id}/dinners/${dinner.id}/agenda`],
      ["my-actions", "/my/actions"],
    ] as const;
    for (const locale of ["en", "nl"] as const) {
      await db.person.update({ where: { id: person.id }, data: { locale } });
      const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, hasTouch: true });
      await context.addCookies([{ name: "next-auth.session-token", value: token, url: base }]);
      const page = await context.newPage();
      for (const [name, path] of shots) {
        await page.goto(`${base}${path}`);
        await page.screenshot({ path: `docs/screenshots/${name}-${locale}.png` });
        console.log(`docs/screenshots/${name}-${locale}.png`);
      }
      await context.close();
    }
    await browser.close();
    await db.$disconnect();
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
