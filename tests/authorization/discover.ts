import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// Source files under `dirs` of `root`, as repository paths ("app/signin/actions.ts").
// Skips generated code, tests and dependencies: they hold no routes or actions.
export function sourceFiles(dirs: string[], root = process.cwd()): string[] {
  const skip = new Set(["node_modules", "generated", ".next"]);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return skip.has(entry.name) ? [] : walk(full);
      return /\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) ? [full] : [];
    });
  return dirs
    .map((dir) => path.join(root, dir))
    .flatMap((dir) => {
      try {
        return walk(dir);
      } catch {
        return [];
      }
    })
    .map((file) => path.relative(root, file).split(path.sep).join("/"))
    .sort();
}

// Handlers that are not pages: next-auth's own endpoints, the demo sign-in POST and the
// single sign-on start (POST only; refuses other origins, tests/e2e/single-sign-on.spec.ts).
const notPages = new Set(["app/api/auth/[...nextauth]/route.ts", "app/api/demo-sign-in/route.ts", "app/api/oidc-sign-in/route.ts", "app/api/health/route.ts", "app/api/ready/route.ts"]);

// "app/programmes/[programmeId]/page.tsx" → "/programmes/[programmeId]"; route groups vanish.
export function routeOf(file: string): string {
  const dir = path.posix.dirname(file).replace(/^app/, "");
  return dir.split("/").filter((part) => part && !/^\(.*\)$/.test(part)).map((part) => `/${part}`).join("") || "/";
}

export function discoverPageRoutes(): string[] {
  return sourceFiles(["app"])
    .filter((file) => /\/(page\.tsx|route\.ts)$/.test(file) && !notPages.has(file))
    .map(routeOf)
    .sort();
}

// Next makes every export of a module that starts with the "use server" directive a
// public endpoint, whatever the file is called. Comments may come before it.
export function isServerActionModule(source: string, fileName = "module.ts"): boolean {
  if (!source.includes("use server")) return false;
  const first = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false).statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server";
}

// Every "use server" module of the app, wherever it lives.
export function discoverActionFiles(root = process.cwd()): string[] {
  return sourceFiles(["app", "components", "lib"], root).filter((file) => isServerActionModule(readFileSync(path.join(root, file), "utf8"), file));
}
