import { readFileSync } from "node:fs";
import { expect, type APIRequestContext } from "@playwright/test";
import { e2eInfoFile } from "./info-file";

// tests/e2e/server.ts runs a fake OpenID Connect provider (tests/support/fake-oidc-provider.ts)
// and configures the app for it, with OIDC_NAME "Police SSO".
export function oidcIssuer(): string {
  const port = process.env.E2E_PORT ?? "3100";
  return (JSON.parse(readFileSync(e2eInfoFile(port), "utf8")) as { oidcIssuer: string }).oidcIssuer;
}

export function oidcIssuerOrigin(): string {
  return new URL(oidcIssuer()).origin;
}

// The fake provider approves the next sign-in at once, as this address.
export async function providerSignsInAs(request: APIRequestContext, email: string) {
  const response = await request.post(`${oidcIssuer()}/__test/sign-in-as`, { data: { email } });
  expect(response.ok()).toBe(true);
}
