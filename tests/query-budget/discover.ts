import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { sourceFiles } from "@/tests/authorization/discover";

// The page data functions: every `lib/` function called inside a `loadForPage(...)` (or a
// `requirePageViewerWith(...)`, whose part is read with the viewer: the start page's) in a
// page, layout, route handler or server component, wherever it lives. Returned as
// "<function>" → the files that call it. Aliased imports count under their real name.
const pageLoaders = ["loadForPage", "requirePageViewerWith"];

export function findPageDataCalls(source: string, fileName = "page.tsx"): string[] {
  if (!pageLoaders.some((loader) => source.includes(loader))) return [];
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const fromLib = new Map<string, string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!statement.moduleSpecifier.text.startsWith("@/lib/")) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const spec of bindings.elements) fromLib.set(spec.name.text, (spec.propertyName ?? spec.name).text);
  }
  const found = new Set<string>();
  const within = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const real = fromLib.get(node.expression.text);
      if (real && !pageLoaders.includes(real)) found.add(real);
    }
    ts.forEachChild(node, within);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && pageLoaders.includes(node.expression.text)) node.arguments.forEach(within);
    else ts.forEachChild(node, visit);
  };
  visit(file);
  return [...found].sort();
}

export function discoverPageDataFunctions(root = process.cwd()): Map<string, string[]> {
  const callers = new Map<string, string[]>();
  for (const file of sourceFiles(["app", "components"], root)) {
    for (const name of findPageDataCalls(readFileSync(path.join(root, file), "utf8"), file)) callers.set(name, [...(callers.get(name) ?? []), file]);
  }
  return callers;
}
