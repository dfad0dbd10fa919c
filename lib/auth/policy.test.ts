import { describe, expect, it } from "vitest";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { db } from "@/lib/db";
import { authorize, permissions, requireAdmin, requireViewer, roleHas, roleHasSql } from "./policy";
import type { Viewer } from "./viewer";

const membership = { id: "m1", programmeId: "p1", programmeName: "Allies Transvaal", role: "ALLY", party: "COMMUNITY", policeMayPlanDinners: false, timeZone: "Europe/Amsterdam" } as const;
const viewer: Viewer = { personId: "person-1", name: "Fatma", email: "fatma@example.test", locale: "nl", isAdmin: false, memberships: [membership] };

describe("authorize", () => {
  it("returns the signed-in viewer and their membership of the programme", () => {
    const access = authorize(viewer, "action.view", "p1");
    expect(access.viewer).toBe(viewer);
    expect(access.membership).toEqual(membership);
  });

  it("treats a permission the role lacks exactly like another programme: not found", () => {
    expect(() => authorize(viewer, "action.create", "p1")).toThrow(NotFoundError);
    expect(() => authorize(viewer, "action.view", "p2")).toThrow(NotFoundError);
  });

  it("asks a signed-out caller to sign in", () => {
    expect(() => authorize(null, "action.view", "p1")).toThrow(UnauthenticatedError);
    expect(() => requireViewer(null)).toThrow(UnauthenticatedError);
  });

  it("gives the viewer back to requireViewer, and to requireAdmin only for site admins", () => {
    expect(requireViewer(viewer)).toBe(viewer);
    expect(() => requireAdmin(viewer)).toThrow(NotFoundError);
    const admin = { ...viewer, isAdmin: true };
    expect(requireAdmin(admin)).toBe(admin);
  });
});

describe("roleHasSql", () => {
  it("holds for the same roles as roleHas, for every permission it is for", async () => {
    const roles = ["COORDINATOR", "POLICE_LIAISON", "ALLY"] as const;
    for (const permission of permissions.filter((p) => p !== "dinner.plan")) {
      const [row] = await db.$queryRaw<{ held: string[] }[]>`
        SELECT COALESCE(array_agg(m."role" ORDER BY m."role"), '{}') AS "held"
        FROM (SELECT unnest(${[...roles]}::text[]) AS "role") m WHERE ${roleHasSql(permission as Exclude<typeof permission, "dinner.plan">, "m")}`;
      expect(row!.held, permission).toEqual(roles.filter((role) => roleHas(role, permission)).sort());
    }
  });
});
