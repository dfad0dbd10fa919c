import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverActionFiles, discoverInlineServerActions, discoverPageRoutes, discoverRouteMethods, isServerActionModule, misplacedServerDirectives } from "@/tests/authorization/discover";
import { discoverPageDataFunctions, findPageDataCalls } from "@/tests/query-budget/discover";

// The matrices are only as complete as what these find.

const root = mkdtempSync(path.join(tmpdir(), "allies-discovery-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, source: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), source);
}

describe("server action discovery", () => {
  it("knows a module by its first statement, not its name", () => {
    expect(isServerActionModule(`"use server";\nexport async function a() {}`)).toBe(true);
    expect(isServerActionModule(`// Why this lives here.\n/* more */\n'use server'\nexport async function a() {}`)).toBe(true);
    expect(isServerActionModule(`"use client";\nexport function A() {}`)).toBe(false);
    expect(isServerActionModule(`import x from "y";\n"use server";`)).toBe(false);
    expect(isServerActionModule(`export async function a() {\n  "use server";\n}`)).toBe(false);
    expect(isServerActionModule(`const note = "use server";`)).toBe(false);
  });

  it("finds \"use server\" modules anywhere under app/, components/ and lib/, and nothing else", () => {
    write("components/forms/save-draft.ts", `"use server";\nexport async function saveDraft(formData: FormData) {}`);
    write("lib/people/server.tsx", `'use server'\nexport async function rename() {}`);
    write("app/programmes/[programmeId]/things/actions.ts", `"use server";\nexport async function act() {}`);
    write("app/programmes/[programmeId]/things/helpers.ts", `export const actions = "use server";`);
    write("app/programmes/[programmeId]/things/actions.test.ts", `"use server";`);
    write("lib/generated/prisma/client.ts", `"use server";`);
    write("scripts/tool.ts", `"use server";`);
    expect(discoverActionFiles(root)).toEqual(["app/programmes/[programmeId]/things/actions.ts", "components/forms/save-draft.ts", "lib/people/server.tsx"]);
  });

  it("finds the app's own modules", () => {
    const found = discoverActionFiles();
    expect(found).toContain("app/signin/actions.ts");
    expect(found.every((file) => /^(app|components|lib)\//.test(file))).toBe(true);
  });

  it("finds \"use server\" anywhere but a module's first statement: inline actions it cannot list", () => {
    expect(misplacedServerDirectives(`"use server";\nexport async function a() {}`)).toEqual([]);
    expect(misplacedServerDirectives(`const note = "use server";`)).toEqual([]);
    expect(misplacedServerDirectives(`export default function Page() {\n  async function save() {\n    "use server";\n  }\n  return null;\n}`, "page.tsx")).toEqual([3]);
    expect(misplacedServerDirectives(`export const save = async () => {\n  'use server'\n};`)).toEqual([2]);
    expect(misplacedServerDirectives(`import x from "y";\n"use server";`)).toEqual([2]);
    write("inline/app/inline/page.jsx", `export default function Page() {\n  return <form action={async () => {\n    "use server";\n  }} />;\n}`);
    write("inline/components/inline/form.tsx", `"use server";\nexport async function ok() {\n  "use server";\n}`);
    expect(discoverInlineServerActions(path.join(root, "inline"))).toEqual(["app/inline/page.jsx:3", "components/inline/form.tsx:3"]);
  });
});

describe("page and route handler discovery", () => {
  it("finds every file Next serves, whatever its extension, and each route handler's methods", () => {
    write("served/app/js-page/page.jsx", `export default function Page() { return null; }`);
    write("served/app/(group)/plain/page.js", `export default function Page() { return null; }`);
    write("served/app/feed/route.js", `export async function GET() {}\nexport async function DELETE() {}`);
    write("served/app/things/[thingId]/route.ts", `const handler = () => new Response();\nexport const POST = handler;\nexport { handler as PUT, handler as helper };\nexport const dynamic = "force-dynamic";`);
    write("served/app/things/[thingId]/view.tsx", `export default function View() { return null; }`);
    expect(discoverPageRoutes(path.join(root, "served"))).toEqual(["/feed", "/js-page", "/plain", "/things/[thingId]"]);
    expect(discoverRouteMethods(path.join(root, "served")).map(({ route, method }) => `${method} ${route}`).sort()).toEqual(["DELETE /feed", "GET /feed", "POST /things/[thingId]", "PUT /things/[thingId]"]);
  });

  it("finds the app's own route handler methods", () => {
    const found = discoverRouteMethods().map(({ route, method }) => `${method} ${route}`);
    expect(found).toContain("POST /account/push");
    expect(found).toContain("GET /account/export");
  });
});

describe("page data function discovery", () => {
  it("takes every lib/ function called inside loadForPage(), by its real name", () => {
    const page = `
      import { loadForPage } from "@/lib/auth/pages";
      import { getA } from "@/lib/a/get-a";
      import { listB as listBees } from "@/lib/b/list-b";
      import { format } from "./format";
      import { getC } from "@/lib/c/get-c";
      export default async function Page() {
        const [a, b] = await loadForPage(() => Promise.all([getA(viewer), listBees(viewer, format(x))]));
        const c = getC(viewer);
        return null;
      }`;
    expect(findPageDataCalls(page, "page.tsx")).toEqual(["getA", "listB"]);
  });

  it("finds the functions the app's pages load", () => {
    const found = discoverPageDataFunctions();
    expect(found.get("getProgrammeOverview")).toContain("app/programmes/[programmeId]/page.tsx");
    expect(found.has("loadForPage")).toBe(false);
  });
});
