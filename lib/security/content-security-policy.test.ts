import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, singleSignOnOrigins } from "./content-security-policy";

describe("contentSecurityPolicy", () => {
  it("allows scripts only by nonce, never inline, and forbids framing, plugins and foreign forms", () => {
    const csp = contentSecurityPolicy("abc123");
    const script = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { https: true })).toContain("upgrade-insecure-requests");
  });

  it("lets a form post redirect to the single sign-on provider only when single sign-on is on", () => {
    const sso = { OIDC_ISSUER: "https://login.politie.example/realms/staff", OIDC_CLIENT_ID: "allies", OIDC_CLIENT_SECRET: "s" };
    expect(singleSignOnOrigins(sso)).toEqual(["https://login.politie.example"]);
    expect(singleSignOnOrigins({ ...sso, OIDC_CLIENT_SECRET: undefined })).toEqual([]);
    expect(contentSecurityPolicy("n", { formActionOrigins: singleSignOnOrigins(sso) })).toContain("form-action 'self' https://login.politie.example;");
  });

  it("makes a fresh nonce each time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });
});
