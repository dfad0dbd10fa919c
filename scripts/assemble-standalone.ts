// Puts together what the production container runs, from a build made with
// NEXT_OUTPUT=standalone (Dockerfile; `npm run container:check` does the same here):
//   <out>/server.js, node_modules/ …   Next's standalone server and its traced modules
//   <out>/<distDir>/static, public/     static assets (not part of Next's standalone copy)
//   <out>/prisma/migrations/           applied at start
//   <out>/client-address.cjs           TRUSTED_PROXIES / client address (lib/http/client-address.cjs)
//   <out>/container-start.js           entry point (scripts/container-start.ts, bundled)
// Usage: tsx scripts/assemble-standalone.ts <out>
import { cp, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

async function main() {
  const out = path.resolve(process.argv[2] ?? "standalone-out");
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await cp(path.join(distDir, "standalone"), out, { recursive: true, verbatimSymlinks: true });
  await cp(path.join(distDir, "static"), path.join(out, distDir, "static"), { recursive: true });
  await cp("public", path.join(out, "public"), { recursive: true });
  await cp(path.join("prisma", "migrations"), path.join(out, "prisma", "migrations"), { recursive: true });
  await cp(path.join("lib", "http", "client-address.cjs"), path.join(out, "client-address.cjs"));
  await build({
    entryPoints: ["scripts/container-start.ts"],
    outfile: path.join(out, "container-start.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: ["pg-native"],
    tsconfig: "tsconfig.json",
    logLevel: "warning",
  });
  console.log(`Assembled the standalone server in ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
