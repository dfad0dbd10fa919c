// `npm run bench:js`: the JavaScript budget. Builds this app and a bare Next.js app (one
// page, same installed next/react versions, no network) and prints the gzipped
// first-load JavaScript of EVERY page of the app (each `page` in the build's
// app-path-routes-manifest.json) against the bare page, with the ratio (target ≤ 1.10
// for each). Not part of `npm test`. `--no-build --dist .next` measures an existing build.
//
// First-load JavaScript of a route = the runtime chunks every page loads
// (build-manifest.json rootMainFiles; the nomodule polyfills are left out, modern
// browsers skip them) + every chunk the route's client-reference manifest lists for
// its layouts, page and boundaries (entryJSFiles), each file counted once, gzipped
// with node:zlib at the default level.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

const repoRoot = path.resolve(__dirname, "..");
const nextBin = path.join(repoRoot, "node_modules", "next", "dist", "bin", "next");
const TARGET = 1.1;

// Every page of the build: the app-path-routes manifest maps "/…/page" entries to routes
// (route handlers end in "/route" and ship no JavaScript).
function appPages(dist: string): { label: string; page: string }[] {
  const routes = JSON.parse(readFileSync(path.join(dist, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  return Object.entries(routes)
    .filter(([entry]) => entry.endsWith("/page"))
    .map(([page, route]) => ({ label: route, page }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

function build(cwd: string, distDir: string) {
  console.log(`[bench:js] next build in ${path.relative(repoRoot, cwd) || "."} → ${distDir}`);
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`next build failed in ${cwd}`);
}

function entryFiles(dist: string, page: string): string[] {
  const manifestFile = path.join(dist, "server", "app", `${page}_client-reference-manifest.js`);
  if (!existsSync(manifestFile)) throw new Error(`No client-reference manifest for ${page} (${manifestFile})`);
  const sandbox: { self: Record<string, unknown>; globalThis?: unknown } = { self: {} };
  sandbox.globalThis = sandbox.self;
  vm.runInNewContext(readFileSync(manifestFile, "utf8"), sandbox);
  const manifests = (sandbox.self.__RSC_MANIFEST ?? {}) as Record<string, { entryJSFiles?: Record<string, string[]> }>;
  const manifest = manifests[page];
  if (!manifest) throw new Error(`${manifestFile} has no entry for ${page}`);
  return Object.values(manifest.entryJSFiles ?? {}).flat();
}

function firstLoad(dist: string, page: string) {
  const buildManifest = JSON.parse(readFileSync(path.join(dist, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const files = [...new Set([...buildManifest.rootMainFiles, ...entryFiles(dist, page)])].filter((f) => f.endsWith(".js"));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(path.join(dist, file));
    raw += content.length;
    gzip += gzipSync(content).length;
  }
  return { files: files.length, raw, gzip };
}

async function makeBareApp(dir: string) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, "app"), { recursive: true });
  // Outside the repository (so none of its files, e.g. instrumentation.ts or proxy.ts,
  // are picked up), using this repository's node_modules through a symlink: the same
  // installed versions, nothing downloaded. Turbopack's root must contain both.
  await symlink(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ name: "bare-next", private: true }, null, 2));
  await writeFile(
    path.join(dir, "next.config.mjs"),
    `export default { distDir: ".next", turbopack: { root: ${JSON.stringify(commonRoot(dir, repoRoot))} } };\n`,
  );
  await writeFile(path.join(dir, "app", "layout.jsx"), `export default function RootLayout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`);
  await writeFile(path.join(dir, "app", "page.jsx"), `export default function Page() {\n  return <main><h1>Hello</h1></main>;\n}\n`);
}

function commonRoot(a: string, b: string): string {
  const partsA = path.resolve(a).split(path.sep);
  const partsB = path.resolve(b).split(path.sep);
  const common: string[] = [];
  for (let i = 0; i < Math.min(partsA.length, partsB.length) && partsA[i] === partsB[i]; i++) common.push(partsA[i]!);
  return common.join(path.sep) || path.sep;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main() {
  const skipAppBuild = process.argv.includes("--no-build");
  const distFlag = process.argv.indexOf("--dist");
  const appDist = distFlag >= 0 && process.argv[distFlag + 1] ? process.argv[distFlag + 1]! : ".next-bench-js";
  const bareDir = await mkdtemp(path.join(os.tmpdir(), "allies-bare-next-"));
  if (!skipAppBuild) build(repoRoot, appDist);
  await makeBareApp(bareDir);
  build(bareDir, ".next");

  const bare = firstLoad(path.join(bareDir, ".next"), "/page");
  console.log("");
  console.log(`${"bare Next.js page".padEnd(60)}${kb(bare.gzip).padStart(10)} gzipped (${kb(bare.raw)} raw, ${bare.files} files)`);
  let worst = 0;
  const results = [];
  for (const route of appPages(path.join(repoRoot, appDist))) {
    const size = firstLoad(path.join(repoRoot, appDist), route.page);
    const ratio = size.gzip / bare.gzip;
    worst = Math.max(worst, ratio);
    results.push({ route: route.label, ...size, ratio });
    console.log(`${route.label.padEnd(60)}${kb(size.gzip).padStart(10)} gzipped (${kb(size.raw)} raw, ${size.files} files)  ratio ${ratio.toFixed(3)}`);
  }
  console.log("");
  console.log(`worst ratio ${worst.toFixed(3)} (target ≤ ${TARGET.toFixed(2)}): ${worst <= TARGET ? "within budget" : "OVER BUDGET"}`);
  await mkdir(path.join(repoRoot, "bench", "out"), { recursive: true });
  await writeFile(path.join(repoRoot, "bench", "out", "js-size.json"), JSON.stringify({ measuredAt: new Date().toISOString(), bare, results, target: TARGET }, null, 2));
  await rm(bareDir, { recursive: true, force: true });
  if (worst > TARGET) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
