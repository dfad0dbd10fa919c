import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { safeRedirectPath, safeRedirectUrl } from "./safe-redirect";

// Known open-redirect payloads (as they arrive after the query string is decoded, and
// still encoded, as a hidden form field posts them back).
const payloads = [
  "https://evil.example",
  "http://evil.example/x",
  "//evil.example",
  "///evil.example",
  "////evil.example/x",
  "/\\evil.example/x",
  "/%5Cevil.example/x",
  "/%5cevil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\t/evil.example",
  "/%09/evil.example",
  "/\n/evil.example",
  "/%0a/evil.example",
  "/%0d%0aSet-Cookie:x=1",
  "/x\r\nLocation: https://evil.example",
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "/%252F%252Fevil.example",
  "/%255Cevil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/\u0000/evil.example",
  "evil.example",
  " //evil.example",
  "https:evil.example",
  "/%E0%A4%A",
  "",
];

describe("safeRedirectPath: the one redirect guard", () => {
  it.each(payloads)("refuses %j", (payload) => {
    expect(safeRedirectPath(payload)).toBe("/");
    expect(safeRedirectPath(payload, "/programmes")).toBe("/programmes");
  });

  it("keeps paths on this app, with their query and fragment", () => {
    expect(safeRedirectPath("/programmes/abc/dinners?year=2026#next")).toBe("/programmes/abc/dinners?year=2026#next");
    expect(safeRedirectPath("/programmes/a%20b")).toBe("/programmes/a%20b");
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath(null)).toBe("/");
  });

  it("resolves .. on this origin, never off it", () => {
    expect(safeRedirectPath("/programmes/../account")).toBe("/account");
    expect(safeRedirectPath("/../../evil.example")).toBe("/evil.example");
    expect(safeRedirectPath("/..//evil.example")).toBe("/");
  });

  it("next-auth's absolute URLs: own origin kept, others refused", () => {
    expect(safeRedirectUrl("http://localhost:3000/programmes/x", "http://localhost:3000")).toBe("http://localhost:3000/programmes/x");
    expect(safeRedirectUrl("/programmes/x", "http://localhost:3000")).toBe("http://localhost:3000/programmes/x");
    expect(safeRedirectUrl("https://evil.example/x", "http://localhost:3000")).toBe("http://localhost:3000/");
    expect(safeRedirectUrl("http://localhost:3000/%5Cevil.example", "http://localhost:3000")).toBe("http://localhost:3000/");
  });

  it("is the only guard: the old one is gone and every place that follows one uses this", () => {
    const root = path.resolve(__dirname, "../..");
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (name === "generated" || name === "node_modules") continue;
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) sources.push(full);
      }
    };
    for (const dir of ["app", "lib", "components"]) walk(path.join(root, dir));
    expect(sources.filter((file) => readFileSync(file, "utf8").includes("safeCallbackPath")).map((file) => path.relative(root, file))).toEqual([]);
    const followers = ["app/signin/page.tsx", "app/api/demo-sign-in/route.ts", "app/api/oidc-sign-in/route.ts", "app/programmes/[programmeId]/dinners/actions.ts", "app/language/actions.ts", "lib/auth/magic-link.ts", "lib/auth/options.ts"];
    for (const file of followers) expect(readFileSync(path.join(root, file), "utf8"), file).toContain("@/lib/http/safe-redirect");
  });
});
