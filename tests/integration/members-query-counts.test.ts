import { afterAll, describe, expect, it } from "vitest";
import { listProgrammes } from "@/lib/admin/list-programmes";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { db } from "@/lib/db";
import { createMember, createPerson, createProgramme } from "@/lib/demo/factories";
import { listPendingInvitations } from "@/lib/invitations/list-pending-invitations";
import { getMemberDirectory } from "@/lib/members/get-member-directory";
import { createQueryCounter } from "@/tests/support/count-queries";
import { viewerOf } from "@/tests/support/viewers";

// The members, invitations, audit and admin pages send the same number of queries
// whatever the size of the programme.

async function programmeOfSize(members: number) {
  const programme = await createProgramme(db);
  const coordinator = await createMember(db, { programmeId: programme.id, role: "COORDINATOR", party: "MUNICIPALITY" });
  for (let i = 1; i < members; i++) await createMember(db, { programmeId: programme.id, consentToSharePhone: i % 2 === 0, person: { phone: `+31 6 ${i}` } });
  await db.invitation.createMany({
    data: Array.from({ length: members }, (_, i) => ({ programmeId: programme.id, email: `i${i}-${programme.id}@example.test`, name: `I ${i}`, party: "COMMUNITY" as const, role: "ALLY" as const, tokenHash: `${programme.id}-${i}`, expiresAt: new Date(Date.now() + 86_400_000) })),
  });
  const memberships = await db.membership.findMany({ where: { programmeId: programme.id }, select: { id: true, personId: true } });
  await db.auditEvent.createMany({
    data: memberships.flatMap((m) => [
      { programmeId: programme.id, actorId: coordinator.person.id, kind: "membership.role-changed", subjectId: m.id },
      { programmeId: null, actorId: m.personId, kind: "auth.sign-in" },
    ]),
  });
  return { programmeId: programme.id, viewer: await viewerOf(coordinator.person.id) };
}

const counter = createQueryCounter();
afterAll(() => counter.disconnect());

describe("queries per page (members area)", () => {
  it("does not grow with the number of members, invitations and events", { timeout: 120_000 }, async () => {
    const small = await programmeOfSize(3);
    const large = await programmeOfSize(60);
    const admin = await viewerOf((await createPerson(db, { isAdmin: true })).id);
    const pages: Record<string, (s: typeof small) => Promise<unknown>> = {
      directory: (s: typeof small) => getMemberDirectory(s.viewer, s.programmeId),
      invitations: (s: typeof small) => listPendingInvitations(s.viewer, s.programmeId),
      audit: (s: typeof small) => listAuditEvents(s.viewer, s.programmeId),
      admin: () => listProgrammes(admin),
    };
    const counts: Record<string, [number, number]> = {};
    for (const [name, load] of Object.entries(pages)) {
      const a = await counter.count(() => load(small));
      const b = await counter.count(() => load(large));
      counts[name] = [a.queries.length, b.queries.length];
    }
    expect(Object.values(counts).every(([a, b]) => a === b && a > 0), JSON.stringify(counts)).toBe(true);
  });
});
