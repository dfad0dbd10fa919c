import { readdirSync } from "node:fs";
import path from "node:path";

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const appDir = path.join(process.cwd(), "app");
const files = () => walk(appDir).map((file) => path.relative(process.cwd(), file).split(path.sep).join("/"));

// Handlers that are not pages: next-auth's own endpoints, the demo sign-in POST and the
// single sign-on start (POST only; refuses other origins, tests/e2e/single-sign-on.spec.ts).
const notPages = new Set(["app/api/auth/[...nextauth]/route.ts", "app/api/demo-sign-in/route.ts", "app/api/oidc-sign-in/route.ts"]);

// "app/programmes/[programmeId]/page.tsx" → "/programmes/[programmeId]"; route groups vanish.
export function routeOf(file: string): string {
  const dir = path.posix.dirname(file).replace(/^app/, "");
  return dir.split("/").filter((part) => part && !/^\(.*\)$/.test(part)).map((part) => `/${part}`).join("") || "/";
}

export function discoverPageRoutes(): string[] {
  return files()
    .filter((file) => /\/(page\.tsx|route\.ts)$/.test(file) && !notPages.has(file))
    .map(routeOf)
    .sort();
}

export function discoverActionFiles(): string[] {
  return files().filter((file) => /(^|\/)actions\.ts$/.test(file)).sort();
}
