import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createProgramme } from "@/lib/demo/factories";
import { FieldError } from "@/lib/errors";
import { fieldErrorsFrom } from "@/lib/forms/form-state";
import { viewerOf } from "@/tests/support/viewers";
import { logActionInput } from "./action-fields-input";
import { logAction } from "./log-action";

// A due date PostgreSQL cannot store (there is no year 0) crashed the save.
describe("an action's due date out of range", () => {
  it("is refused by the form's schema with the field's message", () => {
    for (const dueDate of ["0000-01-01", "9999-12-31"]) {
      const result = logActionInput.safeParse({ programmeId: "p1", title: "Walk", leadParty: "JOINT", ownerIds: "m1", dueDate });
      expect(result.success).toBe(false);
      expect(fieldErrorsFrom(result.error!)).toEqual({ dueDate: "dateOutOfRange" });
    }
  });

  it("is refused by logAction as a field error, and nothing is written", async () => {
    const programme = await createProgramme(db);
    const coordinator = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR" });
    const viewer = await viewerOf(coordinator.person.id);
    const input = { title: "Walk", description: "", leadParty: "JOINT" as const, ownerIds: [coordinator.membership.id] };
    for (const dueDate of ["0000-01-01", "9999-12-31"]) {
      const refusal = await logAction(viewer, programme.id, { ...input, dueDate }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(FieldError);
      expect(refusal).toMatchObject({ field: "dueDate", messageKey: "dateOutOfRange" });
    }
    expect(await db.action.count({ where: { programmeId: programme.id } })).toBe(0);
    await expect(logAction(viewer, programme.id, { ...input, dueDate: "2200-12-31" })).resolves.toMatchObject({ id: expect.any(String) });
  });
});
