import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// Source files under `dirs` of `root`, as repository paths ("app/signin/actions.ts"):
// TypeScript and JavaScript alike, as Next serves and bundles both.
// Skips generated code, tests and dependencies: they hold no routes or actions.
export function sourceFiles(dirs: string[], root = process.cwd()): string[] {
  const skip = new Set(["node_modules", "generated", ".next"]);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return skip.has(entry.name) ? [] : walk(full);
      return /\.[cm]?[jt]sx?$/.test(entry.name) && !/\.(test|spec)\.[cm]?[jt]sx?$/.test(entry.name) ? [full] : [];
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

// Every file Next serves as a page or route handler, whatever its extension.
const servedFile = /\/(page|route)\.[jt]sx?$/;
const routeFile = /\/route\.[jt]sx?$/;

export function discoverPageRoutes(root = process.cwd()): string[] {
  return sourceFiles(["app"], root)
    .filter((file) => servedFile.test(file) && !notPages.has(file))
    .map(routeOf)
    .sort();
}

// The HTTP methods Next answers from a route handler's exports.
const httpMethods = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);
export type RouteMethod = { file: string; route: string; method: string };

// The names a module exports: `export const X`, `export (async) function X`, `export { a as X }`.
export function exportedNames(source: string, fileName = "route.ts"): string[] {
  const names: string[] = [];
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false).statements) {
    if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    } else if (ts.isFunctionDeclaration(statement) && exported(statement) && statement.name) {
      names.push(statement.name.text);
    } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    } else if (ts.isExportDeclaration(statement)) {
      // `export * from "…"`: the methods it brings cannot be read here, so it is refused.
      names.push("*");
    }
  }
  return names;
}

// Every method of every route handler under app/ (API routes included), e.g.
// { route: "/account/push", method: "POST" }. `export *` shows as method "*".
export function discoverRouteMethods(root = process.cwd()): RouteMethod[] {
  return sourceFiles(["app"], root)
    .filter((file) => routeFile.test(file))
    .flatMap((file) =>
      exportedNames(readFileSync(path.join(root, file), "utf8"), file)
        .filter((name) => httpMethods.has(name) || name === "*")
        .map((method) => ({ file, route: routeOf(file), method })),
    );
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

// Where "use server" stands anywhere but as a module's first statement ("file:line"): inside
// a function (an inline server action, a public endpoint this discovery would not find) or
// below other statements (no directive at all). Either way the matrix would miss it.
export function misplacedServerDirectives(source: string, fileName = "module.ts"): number[] {
  if (!source.includes("use server")) return [];
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node) && ts.isStringLiteral(node.expression) && node.expression.text === "use server" && node !== file.statements[0]) {
      lines.push(file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return lines;
}

export function discoverInlineServerActions(root = process.cwd()): string[] {
  return sourceFiles(["app", "components", "lib"], root).flatMap((file) => misplacedServerDirectives(readFileSync(path.join(root, file), "utf8"), file).map((line) => `${file}:${line}`));
}
