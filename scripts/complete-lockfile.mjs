// The registry these machines reach lacks some other-platform builds of optional native
// packages (e.g. @next/swc-darwin-arm64), so `npm install` leaves them out of the lock
// file and `npm ci` then refuses it as out of sync. This adds the missing optional
// entries (version only); npm skips an optional package it cannot fetch.
// Run after every `npm install` that changes package-lock.json (npm run lock:complete).
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
let added = 0;
for (const [location, meta] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = location ? `${location}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[base] || lock.packages[`node_modules/${name}`]) continue;
    lock.packages[`node_modules/${name}`] = { version, optional: true };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional entr${added === 1 ? "y" : "ies"}`);
