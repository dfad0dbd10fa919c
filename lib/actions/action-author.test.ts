import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAction, createMember, createProgramme } from "@/lib/demo/factories";
import { viewerOf } from "@/tests/support/viewers";
import { getAction } from "./get-action";
import { logAction } from "./log-action";

// Issue 14: the first timeline entry, "Action logged", says who logged it.
describe("who logged an action", () => {
  it("is recorded when the action is logged and shown with the action", async () => {
    const programme = await createProgramme(db);
    const police = await createMember(db, { programmeId: programme.id, party: "POLICE", role: "POLICE_LIAISON", person: { name: "Karim" } });
    const ally = await createMember(db, { programmeId: programme.id, person: { name: "Fatma" } });
    const viewer = await viewerOf(police.person.id);
    const { id } = await logAction(viewer, programme.id, { title: "Walk the square", description: "", leadParty: "JOINT", ownerIds: [ally.membership.id], dueDate: null, topicId: null, dinnerId: null });
    expect(await db.action.findUniqueOrThrow({ where: { id }, select: { createdById: true } })).toEqual({ createdById: police.membership.id });
    const { action } = await getAction(await viewerOf(ally.person.id), programme.id, id);
    expect(action.createdBy).toEqual({ id: police.membership.id, name: "Karim", party: "POLICE" });
  });

  it("is unknown (null) for actions logged before it was recorded", async () => {
    const programme = await createProgramme(db);
    const ally = await createMember(db, { programmeId: programme.id });
    const old = await createAction(db, { programmeId: programme.id, ownerIds: [ally.membership.id], createdById: null });
    const { action } = await getAction(await viewerOf(ally.person.id), programme.id, old.id);
    expect(action.createdBy).toBeNull();
  });
});
