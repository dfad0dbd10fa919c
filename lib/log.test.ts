import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { createLogger, loggablePath, requestIdHeader } from "./log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  return { lines, destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } };
}

describe("structured logs", () => {
  it("are one JSON object per line with time, level and the request id", () => {
    const { lines, destination } = capture();
    const log = createLogger(destination, { pretty: false });
    log.child({ requestId: "req-12345678" }).warn({ personId: "p1" }, "something happened");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "warn", msg: "something happened", requestId: "req-12345678", personId: "p1" });
    expect(new Date(String(lines[0]!.time)).toISOString()).toBe(lines[0]!.time);
  });

  it("carry no personal data beyond ids: addresses, names, phones, texts and tokens are redacted, paths lose their tokens", () => {
    const { lines, destination } = capture();
    const log = createLogger(destination, { pretty: false });
    log.info({ personId: "p1", email: "els@allies.demo", name: "Els", phone: "+31 6", email2: undefined, mail: { to: "els@allies.demo", text: "Your link: …" } }, "mailed");
    const line = JSON.stringify(lines[0]);
    expect(line).not.toContain("els@allies.demo");
    expect(line).not.toContain("Els\"");
    expect(line).not.toContain("Your link");
    expect(lines[0]!.personId).toBe("p1");
    expect(loggablePath("/calendar/AbCdEf123/feed.ics")).toBe("/calendar/[token]/feed.ics");
    expect(loggablePath("/invitations/abc/accept")).toBe("/invitations/[token]/accept");
    expect(loggablePath("/trust/abc")).toBe("/trust/[token]");
    expect(loggablePath("/answer/abc/confirm")).toBe("/answer/[token]/confirm");
  });

  it("every request gets an id (kept when a proxy sent a well-formed one), echoed in the response", () => {
    const fresh = proxy(new NextRequest("http://localhost:3000/signin"));
    expect(fresh.headers.get(requestIdHeader)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const kept = proxy(new NextRequest("http://localhost:3000/signin", { headers: { [requestIdHeader]: "lb-0123456789" } }));
    expect(kept.headers.get(requestIdHeader)).toBe("lb-0123456789");
    const refused = proxy(new NextRequest("http://localhost:3000/signin", { headers: { [requestIdHeader]: "bad id <script>" } }));
    // Replaced by a fresh UUID, not echoed: a random UUID may itself contain the hex "bad", so compare the shape.
    expect(refused.headers.get(requestIdHeader)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});
