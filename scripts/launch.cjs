/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS, run by node before anything is compiled */
// `npm start` and `npm run dev`: runs the launcher (scripts/start.ts) compiled to
// .allies/start.cjs with plain node, so no TypeScript loader sits in the server's start-up
// or memory (docs/decisions/023-start-up.md). `postinstall` compiles it (`--compile`);
// when scripts/, lib/ or tsconfig.json changed since (a `git pull` without `npm install`),
// it is compiled again here first. Plain JavaScript, so that it needs no compiling itself.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, ".allies");
// The long-lived launcher and the short-lived demo seed (a child process, only for an
// empty database), apart so that the launcher never loads the Prisma client.
const entryPoints = [
  { in: path.join(root, "scripts", "start.ts"), out: "start" },
  { in: path.join(root, "scripts", "seed-demo.ts"), out: "seed" },
];
const inputs = ["scripts", "lib", "tsconfig.json"].map((name) => path.join(root, name));

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

// A folder's own mtime moves when entries are added, removed or renamed, so deletions count too.
function newestMtime(file) {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, name)));
  return newest;
}

function isStale() {
  const built = entryPoints.map((entry) => mtime(path.join(outDir, `${entry.out}.cjs`)));
  if (built.some((time) => time === undefined)) return true;
  const oldest = Math.min(...built);
  return inputs.some((input) => newestMtime(input) > oldest);
}

function compile() {
  const { buildSync } = require("esbuild");
  const result = buildSync({
    entryPoints,
    outdir: outDir,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // Dependencies stay in node_modules; only our own code (the `@/` alias) is bundled.
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
    write: false,
  });
  fs.mkdirSync(outDir, { recursive: true });
  // Write then rename: a second `npm start` compiling at the same time never reads half a file.
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.renameSync(temporary, file.path);
  }
}

if (process.argv.includes("--compile")) {
  compile();
} else {
  // In a child of its own, so that esbuild is not loaded in the launcher for the app's life.
  if (isStale()) require("node:child_process").execFileSync(process.execPath, [__filename, "--compile"], { stdio: "inherit" });
  require(path.join(outDir, "start.cjs"));
}
