import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

type ClientAddressModule = {
  HEADER: string;
  resolveClientAddress(socket: string | undefined, forwardedFor: string | string[] | undefined, trusted: unknown): string;
  parseTrustedProxies(source: string | undefined): unknown;
  install(source?: string): void;
};
const preload = createRequire(import.meta.url)("./client-address.cjs") as ClientAddressModule;

describe("resolveClientAddress: forwarded headers only from TRUSTED_PROXIES", () => {
  const none = preload.parseTrustedProxies(undefined);
  const proxies = preload.parseTrustedProxies("10.0.0.0/8, 127.0.0.1, fd00::/8");

  it("by default ignores X-Forwarded-For entirely: the socket address is the client", () => {
    expect(preload.resolveClientAddress("198.51.100.7", "1.2.3.4", none)).toBe("198.51.100.7");
    expect(preload.resolveClientAddress("::ffff:198.51.100.7", "1.2.3.4, 5.6.7.8", none)).toBe("198.51.100.7");
    expect(preload.resolveClientAddress(undefined, "1.2.3.4", none)).toBe("unknown");
  });

  it("behind trusted proxies takes the first untrusted hop from the right, never what the client wrote", () => {
    // The client wrote "1.2.3.4"; our proxy appended the real address.
    expect(preload.resolveClientAddress("127.0.0.1", "1.2.3.4, 198.51.100.7", proxies)).toBe("198.51.100.7");
    expect(preload.resolveClientAddress("10.1.2.3", "1.2.3.4, 198.51.100.7, 10.9.9.9", proxies)).toBe("198.51.100.7");
    expect(preload.resolveClientAddress("fd00::1", "2001:db8::5", proxies)).toBe("2001:db8::5");
    // An untrusted socket's header is ignored even when it names a trusted proxy.
    expect(preload.resolveClientAddress("198.51.100.9", "10.0.0.1", proxies)).toBe("198.51.100.9");
    // Garbage in the header stops the walk at the last trusted hop.
    expect(preload.resolveClientAddress("127.0.0.1", "not-an-ip", proxies)).toBe("127.0.0.1");
  });

  it("refuses a malformed TRUSTED_PROXIES instead of guessing", () => {
    expect(() => preload.parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES/);
    expect(() => preload.parseTrustedProxies("proxy.example")).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("the preload on a real HTTP server", () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    preload.install("");
    server = http.createServer((request, response) => {
      response.setHeader("x-seen-request-id", String(request.headers["x-request-id"] ?? "none"));
      response.end(clientAddress(new Headers(request.headers as Record<string, string>)));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("a rotating X-Forwarded-For (or a forged x-allies-client-address) changes nothing", async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const response = await fetch(url, { headers: { "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `203.0.113.${i}`, "x-allies-client-address": `192.0.2.${i}` } });
      seen.add(await response.text());
    }
    expect([...seen]).toEqual(["127.0.0.1"]);
  });

  it("drops a request id that did not come from a trusted proxy", async () => {
    const response = await fetch(url, { headers: { "x-request-id": "planted-by-a-client-0001" } });
    expect(response.headers.get("x-seen-request-id")).toBe("none");
  });

  it("without the preload's header the app treats every caller as one ('unknown'), never as what a header says", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBe("unknown");
  });
});
