// `npm run container:check`: what the Dockerfile does, without a container (no registry is
// reachable here to pull a base image). Builds with NEXT_OUTPUT=standalone (into
// .next-standalone), assembles the image's /app (scripts/assemble-standalone.ts), starts
// `node container-start.js` on a throw-away database of DATABASE_URL's (local) server,
// and checks that the migrations were applied (/api/ready is 200), a page is served, and
// SIGTERM stops it. Exit code 0 when all held.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { rm } from "node:fs/promises";
import { assertLocalDatabaseUrl } from "@/lib/db/local-database";
import { createThrowawayDatabase } from "@/lib/db/test-databases";
import { freePort } from "@/tests/setup/test-server";

async function main() {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("Set DATABASE_URL (a local PostgreSQL server)");
  assertLocalDatabaseUrl(serverUrl, "check the container");
  const distDir = process.env.NEXT_DIST_DIR || ".next-standalone";
  const out = path.resolve(".data", "standalone-check");
  const env = { ...process.env, NEXT_OUTPUT: "standalone", NEXT_DIST_DIR: distDir };
  if (process.env.CONTAINER_CHECK_SKIP_BUILD !== "1") execFileSync(path.join("node_modules", ".bin", "next"), ["build"], { env, stdio: "inherit" });
  execFileSync(process.execPath, ["--import", "tsx", "scripts/assemble-standalone.ts", out], { env, stdio: "inherit" });

  const database = await createThrowawayDatabase(serverUrl, "allies_container");
  const port = await freePort();
  const server = spawn(process.execPath, ["container-start.js"], {
    cwd: out,
    env: { PATH: process.env.PATH, NODE_ENV: "production", DATABASE_URL: database.url, PORT: String(port), HOSTNAME: "127.0.0.1", NEXTAUTH_URL: `http://localhost:${port}`, NEXTAUTH_SECRET: randomBytes(32).toString("hex"), ALLIES_JOBS: "0" },
    stdio: "inherit",
  });
  const failures: string[] = [];
  try {
    const base = `http://127.0.0.1:${port}`;
    let ready = 0;
    for (let i = 0; i < 240 && ready !== 200; i++) {
      ready = (await fetch(`${base}/api/ready`).catch(() => null))?.status ?? 0;
      if (ready !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (ready !== 200) failures.push(`/api/ready answered ${ready}: migrations not applied or database not reached`);
    const signin = (await fetch(`${base}/signin`).catch(() => null))?.status ?? 0;
    if (signin !== 200) failures.push(`/signin answered ${signin}`);
    const health = await fetch(`${base}/api/health`).catch(() => null);
    if (health?.status !== 200) failures.push("/api/health did not answer 200");
  } finally {
    const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
    server.kill("SIGTERM");
    const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 20_000));
    const how = await Promise.race([exited, timeout]);
    if (how === "timeout") {
      failures.push("SIGTERM did not stop the standalone server within 20 s");
      server.kill("SIGKILL");
    }
    await database.drop();
    await rm(out, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.error(`container:check FAILED\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
  console.log("container:check passed: the standalone server started from the build output, applied the migrations, served /signin and stopped on SIGTERM.");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
