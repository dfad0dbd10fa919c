import { hashSecretToken } from "@/lib/security/secret-token";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { disconnectDb, replaceDbClient } from "@/lib/db";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { runOnce, withDatabase } from "@/lib/db/test-databases";
import { seedDemoData } from "@/lib/demo/seed";
import type { FormState } from "@/lib/forms/form-state";
import { actionMatrix, type ActionEntry } from "@/tests/authorization/actions";
import { loadDemoIds, type DemoIds } from "@/tests/authorization/demo-ids";
import { discoverActionFiles, discoverInlineServerActions } from "@/tests/authorization/discover";
import { makeOtherProgrammeItems, otherProgrammeMarker } from "@/tests/authorization/other-programme";
import { callers, demoAccountOf, type Caller } from "@/tests/authorization/roles";
import { fingerprint } from "@/tests/support/fingerprint";

// Server actions are public HTTP endpoints. This calls every export of every "use server"
// module (wherever it lives, tests/authorization/discover.ts) as every kind of caller, and
// with hostile input, on its own copy of the demo database, and checks that only the
// callers the matrix allows get through and nothing else writes.

const request = vi.hoisted(() => ({ sessionToken: undefined as string | undefined, cookies: new Map<string, string>() }));

class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => {
      if (name === "next-auth.session-token" && request.sessionToken) return { name, value: request.sessionToken };
      const value = request.cookies.get(name);
      return value === undefined ? undefined : { name, value };
    },
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
    has: (name: string) => request.cookies.has(name),
  }),
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9", "accept-language": "en" }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new RedirectSignal(url);
  },
  notFound: () => {
    throw new RedirectSignal("/404");
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

// A plain form action (formData) => void answers nothing: "done" is all we see of it.
type Outcome = { kind: "state"; state: FormState } | { kind: "redirect"; url: string } | { kind: "done" };
type ActionFn = (...args: unknown[]) => Promise<unknown>;

const serverUrl = process.env.DATABASE_URL!.replace(/\/[^/?]*(\?.*)?$/, "/postgres$1");
const sessionOf = (caller: Exclude<Caller, "signedOut">) => `matrix-session-${caller}`;
let templateName = "";
let ids: DemoIds;
// The same kind of row in the other demo programme, for each id the inputs carry.
let theirs: Partial<Record<keyof DemoIds, string>>;
const modules = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  const { db } = await import("@/lib/db");
  await seedDemoData(db);
  for (const caller of callers) {
    if (caller === "signedOut") continue;
    const person = await db.person.findUniqueOrThrow({ where: { email: demoAccountOf[caller] } });
    await db.session.create({ data: { tokenHash: hashSecretToken(sessionOf(caller)), personId: person.id, expires: new Date(Date.now() + 86_400_000) } });
  }
  ids = await loadDemoIds(db);
  theirs = await makeOtherProgrammeItems(db, ids);
  await disconnectDb();
  templateName = `matrix_${randomBytes(4).toString("hex")}`;
  const current = new URL(process.env.DATABASE_URL!).pathname.slice(1);
  await runOnce(serverUrl, `CREATE DATABASE "${templateName}" TEMPLATE "${current}"`);
  for (const file of discoverActionFiles()) modules.set(file, await import(/* @vite-ignore */ path.join(process.cwd(), file)));
}, 120_000);

afterAll(async () => {
  await runOnce(serverUrl, `DROP DATABASE IF EXISTS "${templateName}" WITH (FORCE)`);
});

// A fresh copy of the seeded demo for one action's checks.
async function withDemoCopy(check: (db: Db) => Promise<void>) {
  const name = `${templateName}_${randomBytes(3).toString("hex")}`;
  await runOnce(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
  const db = createPrismaClient(withDatabase(serverUrl, name));
  replaceDbClient(db);
  try {
    await check(db);
  } finally {
    replaceDbClient(undefined);
    await db.$disconnect();
    await runOnce(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

function formData(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

async function call(entry: ActionEntry, caller: Caller, values: Record<string, string | string[]>): Promise<Outcome> {
  const [file, name] = entry.action.split("#") as [string, string];
  const fn = modules.get(file)?.[name] as ActionFn;
  request.sessionToken = caller === "signedOut" ? undefined : sessionOf(caller);
  request.cookies.clear();
  try {
    // serverAction() (useActionState) takes (previousState, formData); formAction() and
    // hand-written form actions take (formData). Without a declared arity (rest
    // parameters) both shapes accept (formData, formData): the state is never read.
    const data = formData(values);
    const result = fn.length >= 2 ? await fn(undefined, data) : fn.length === 1 ? await fn(data) : await fn(data, data);
    return result === undefined ? { kind: "done" } : { kind: "state", state: result as FormState };
  } catch (error) {
    if (error instanceof RedirectSignal) return { kind: "redirect", url: error.url };
    throw error;
  }
}

const refusedByRedirect = (outcome: Outcome) => outcome.kind === "redirect" && (outcome.url === "/404" || outcome.url.startsWith("/signin?"));

// A refusal that gives nothing away. A plain form action refuses silently ("done"): that it
// wrote nothing is what the fingerprint checks after every refused call.
const denied = (outcome: Outcome) =>
  (outcome.kind === "state" && !outcome.state.ok && ["notFound", "signedOut"].includes(outcome.state.message ?? "")) || refusedByRedirect(outcome);
const silent = (outcome: Outcome) => outcome.kind === "done";

const rejected = (outcome: Outcome) => (outcome.kind === "state" && !outcome.state.ok) || refusedByRedirect(outcome) || silent(outcome);

// Hostile variants of a valid input: every field replaced, or ids swapped for unknown ones or another programme's.
function hostileInputs(valid: Record<string, string | string[]>): [string, Record<string, string | string[]>][] {
  const every = (value: string | string[]) => Object.fromEntries(Object.keys(valid).map((key) => [key, value]));
  const otherOf: Record<string, string> = {
    [ids.programmeId]: ids.otherProgrammeId,
    [ids.nextDinnerId]: ids.otherDinnerId,
    [ids.heldDinnerId]: ids.otherDinnerId,
    [ids.topicId]: ids.otherTopicId,
  };
  const swapIds = (swap: (value: string) => string) =>
    Object.fromEntries(Object.entries(valid).map(([key, value]) => [key, Array.isArray(value) ? value.map(swap) : swap(value)]));
  const knownIds = new Set(Object.values(ids));
  return [
    ["1 MB strings", every("x".repeat(1024 * 1024))],
    ["HTML and script", every(`<script>alert("x")</script><img src=x onerror=alert(1)>`)],
    ["NUL bytes", every("a\u0000b")],
    ["wrong types", every(["1", "2", "{\"$gt\":\"\"}"])],
    ["nothing at all", {}],
    ["unknown ids", swapIds((value) => (knownIds.has(value) ? `c${randomBytes(12).toString("hex")}` : value))],
    ["another programme's ids", swapIds((value) => otherOf[value] ?? value)],
  ];
}

// The caller's own programme (where they are allowed), with its rows swapped for the same
// kind of row of the other programme (tests/authorization/other-programme.ts): each one
// alone, then all at once (an item together with its own dinner). The programmeId passes
// authorize(); only the check that each row belongs to that programme stops these. An id
// the entry says it ignores (`ignoresForeign`) may be skipped instead of refused.
type Variant = { label: string; values: Record<string, string | string[]>; ignored: boolean };
function otherProgrammeItems(entry: ActionEntry): Variant[] {
  const valid = entry.input(ids);
  const mentions = (id: string) => Object.entries(valid).some(([key, value]) => key.includes(id) || [value].flat().includes(id));
  const swaps = (Object.entries(theirs) as [keyof DemoIds, string][]).filter(([key]) => mentions(ids[key]));
  const swap = (chosen: [keyof DemoIds, string][]) => {
    const replace = (text: string) => chosen.reduce((result, [key, other]) => result.split(ids[key]).join(other), text);
    return Object.fromEntries(Object.entries(valid).map(([key, value]) => [replace(key), Array.isArray(value) ? value.map(replace) : replace(value)]));
  };
  return [
    ...swaps.map(([key, other]) => ({ label: `another programme's ${key}, own programmeId`, values: swap([[key, other]]), ignored: !!entry.ignoresForeign?.includes(key) })),
    ...(swaps.length > 1 ? [{ label: "another programme's items, own programmeId", values: swap(swaps), ignored: false }] : []),
  ];
}

describe("authorization matrix: server actions", () => {
  it("lists every exported server action, and nothing that does not exist", () => {
    const exported = [...modules].flatMap(([file, mod]) =>
      Object.entries(mod)
        .filter(([, value]) => typeof value === "function")
        .map(([name]) => `${file}#${name}`),
    );
    expect(actionMatrix.map((e) => e.action).sort()).toEqual(exported.sort());
  });

  it("finds every server action: no \"use server\" inside a function or below a module's first statement", () => {
    expect(discoverInlineServerActions(), "move inline server actions into a \"use server\" module (its exports are what the matrix lists)").toEqual([]);
  });

  for (const entry of actionMatrix) {
    it(`${entry.action}: only ${entry.allow === "public" ? "anyone" : entry.allow.join(", ")} may call it; bad input writes nothing`, async () => {
      const strongest = entry.allow === "public" ? "coordinator" : entry.allow[entry.allow.length - 1]!;
      await withDemoCopy(async (db) => {
        const before = await fingerprint(db);
        if (entry.allow !== "public") {
          for (const caller of callers.filter((c) => !entry.allow.includes(c))) {
            const outcome = await call(entry, caller, entry.input(ids));
            expect(denied(outcome) || silent(outcome), `${caller} should be denied: ${JSON.stringify(outcome)}`).toBe(true);
            expect(await fingerprint(db), `${caller} was denied but something was written`).toBe(before);
          }
        }
        for (const [label, values] of hostileInputs(entry.input(ids))) {
          if (JSON.stringify(values) === JSON.stringify(entry.input(ids))) continue;
          const outcome = await call(entry, strongest, values);
          if (entry.allow === "public") continue;
          expect(rejected(outcome), `${label} as ${strongest} should be rejected: ${JSON.stringify(outcome).slice(0, 300)}`).toBe(true);
          expect(await fingerprint(db), `${label} wrote something`).toBe(before);
          expect(JSON.stringify(outcome)).not.toContain(ids.otherProgrammeId);
          expect(JSON.stringify(outcome), `${label} answered with the other programme's data`).not.toContain(otherProgrammeMarker);
        }
        if (entry.allow !== "public") {
          for (const { label, values } of otherProgrammeItems(entry).filter((variant) => !variant.ignored)) {
            const outcome = await call(entry, strongest, values);
            expect(rejected(outcome), `${label} as ${strongest} should be refused: ${JSON.stringify(outcome).slice(0, 300)}`).toBe(true);
            expect(await fingerprint(db), `${label} wrote something`).toBe(before);
            expect(JSON.stringify(outcome), `${label} answered with the other programme's data`).not.toContain(otherProgrammeMarker);
          }
          const weakest = entry.allow[0]!;
          const outcome = await call(entry, weakest, entry.input(ids));
          expect(denied(outcome), `${weakest} should be allowed: ${JSON.stringify(outcome)}`).toBe(false);
          expect(rejected(outcome) && outcome.kind === "state" ? outcome.state : undefined).toBeUndefined();
        }
      });
      // An ignored id, each on a fresh copy (the call may write to the caller's own programme):
      // nothing of the other programme is written, referenced or shown.
      for (const { label, values } of entry.allow === "public" ? [] : otherProgrammeItems(entry).filter((variant) => variant.ignored)) {
        await withDemoCopy(async (db) => {
          const theirRows = { mentioning: [ids.otherProgrammeId, ...Object.values(theirs)] };
          const before = await fingerprint(db, theirRows);
          const outcome = await call(entry, strongest, values);
          expect(await fingerprint(db, theirRows), `${label} wrote to or about the other programme's rows`).toBe(before);
          expect(JSON.stringify(outcome), `${label} answered with the other programme's data`).not.toContain(otherProgrammeMarker);
        });
      }
    }, 120_000);
  }
});
