import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverActionFiles, isServerActionModule } from "@/tests/authorization/discover";
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
