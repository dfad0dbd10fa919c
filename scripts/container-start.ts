// The container's entry point (Dockerfile CMD, bundled to container-start.js by
// scripts/assemble-standalone.ts): applies pending migrations, installs the client-address
// preload (TRUSTED_PROXIES), then runs Next's standalone server in this same process, so
// that SIGTERM from the container runtime (PID 1) reaches the server directly.
// Several replicas may start at once: applyMigrations takes an advisory lock.
import path from "node:path";
import { applyMigrations } from "@/lib/db/migrations";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must be set");
  const root = __dirname;
  process.chdir(root);
  await applyMigrations(url, { dir: path.join(root, "prisma", "migrations"), log: (line) => console.log(JSON.stringify({ level: "info", time: new Date().toISOString(), msg: line })) });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(root, "client-address.cjs")).install();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(root, "server.js"));
}

main().catch((error: unknown) => {
  console.error(JSON.stringify({ level: "fatal", time: new Date().toISOString(), msg: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
});
