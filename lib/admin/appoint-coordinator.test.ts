import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { createMember, createPerson, createProgramme } from "@/lib/demo/factories";
import { FieldError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { appointCoordinator } from "./appoint-coordinator";

const appointment = { name: "Me", party: "POLICE" as const, locale: "en" as const };

describe("the site admin cannot make themselves a coordinator", () => {
  it("refuses the admin's own address (any case) and any other site admin's; nothing is written", async () => {
    const programme = await createProgramme(db);
    await createMember(db, { programmeId: programme.id, role: "COORDINATOR", party: "MUNICIPALITY" });
    const adminPerson = await createPerson(db, { isAdmin: true });
    const otherAdmin = await createPerson(db, { isAdmin: true });
    const admin = await viewerOf(adminPerson.id);
    for (const email of [adminPerson.email, adminPerson.email.toUpperCase(), otherAdmin.email]) {
      const refused = await appointCoordinator(admin, { ...appointment, programmeId: programme.id, email }).catch((error: unknown) => error);
      expect(refused, email).toBeInstanceOf(FieldError);
      expect((refused as FieldError).message).toBe("adminSelfAppointment");
    }
    expect(await db.invitation.count({ where: { programmeId: programme.id } })).toBe(0);
  });

  it("an appointment into an existing programme shows in that programme's audit log, which its coordinators read", async () => {
    const programme = await createProgramme(db);
    const { person: coordinator } = await createMember(db, { programmeId: programme.id, role: "COORDINATOR", party: "MUNICIPALITY" });
    const admin = await viewerOf((await createPerson(db, { isAdmin: true })).id);
    await appointCoordinator(admin, { ...appointment, programmeId: programme.id, email: "new-coordinator@example.test" });
    const log = await listAuditEvents(await viewerOf(coordinator.id), programme.id);
    expect(log.events.map((event) => event.kind)).toContain("admin.coordinator-appointed");
  });
});
