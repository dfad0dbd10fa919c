import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAction, createActionUpdate, createDinner, createMember, createPerson, createProgramme, createRsvp } from "@/lib/demo/factories";
import { FieldError, UnauthenticatedError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { erasePerson, formerMemberName } from "./erase-person";
import { exportPersonalData } from "./export-personal-data";
import { getAccount } from "./get-account";
import { updateAccount } from "./update-account";

async function setup() {
  const programme = await createProgramme(db);
  const coordinator = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR", person: { name: "Other Coordinator", phone: "+31 6 9999 0000" } });
  const me = await createMember(db, { programmeId: programme.id, consentToSharePhone: true, organisation: "Moskee", person: { name: "Me Myself", phone: "+31 6 1234 5678", dietaryNeeds: "Halal", locale: "nl" } });
  const dinner = await createDinner(db, { programmeId: programme.id, startsAt: new Date("2026-12-01T17:30:00Z") });
  await createRsvp(db, { dinnerId: dinner.id, membershipId: me.membership.id, response: "YES", dietaryNeeds: "Halal, no nuts" });
  await createRsvp(db, { dinnerId: dinner.id, membershipId: coordinator.membership.id, response: "NO", dietaryNeeds: "Vegan secret" });
  const action = await createAction(db, { programmeId: programme.id, ownerIds: [me.membership.id, coordinator.membership.id], title: "Joint walk" });
  await createActionUpdate(db, { actionId: action.id, authorId: me.membership.id, text: "I booked the room." });
  await createActionUpdate(db, { actionId: action.id, authorId: coordinator.membership.id, text: "Coordinator's private remark" });
  return { programme, coordinator, me, action };
}

describe("getAccount and updateAccount", () => {
  it("reads and changes only the given fields and the per-programme phone consent", async () => {
    const { me, programme } = await setup();
    const second = await createProgramme(db);
    const other = await db.membership.create({ data: { programmeId: second.id, personId: me.person.id, party: "COMMUNITY", role: "ALLY" } });
    let viewer = await viewerOf(me.person.id);
    expect((await getAccount(viewer)).memberships.map((m) => m.programme.name).sort()).toEqual([programme.name, second.name].sort());

    await updateAccount(viewer, { dietaryNeeds: "Vegetarian" });
    expect(await db.person.findUniqueOrThrow({ where: { id: me.person.id } })).toMatchObject({ name: "Me Myself", phone: "+31 6 1234 5678", dietaryNeeds: "Vegetarian", locale: "nl" });

    await updateAccount(viewer, { name: "New Name", phone: "", locale: null, sharePhoneWith: [other.id, "someone-elses-id"] });
    viewer = await viewerOf(me.person.id);
    const account = await getAccount(viewer);
    expect(account).toMatchObject({ name: "New Name", phone: null, locale: null, dietaryNeeds: "Vegetarian" });
    expect(Object.fromEntries(account.memberships.map((m) => [m.id, m.consentToSharePhone]))).toEqual({ [me.membership.id]: false, [other.id]: true });
  });

  it("needs a signed-in person", async () => {
    await expect(getAccount(null)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(updateAccount(null, { name: "x" })).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("exportPersonalData", () => {
  it("contains the person's own data and nothing personal of others", async () => {
    const { me, action } = await setup();
    const data = await exportPersonalData(await viewerOf(me.person.id));
    expect(data.person).toMatchObject({ name: "Me Myself", email: me.person.email, phone: "+31 6 1234 5678", dietaryNeeds: "Halal" });
    expect(data.memberships).toHaveLength(1);
    expect(data.rsvps).toEqual([expect.objectContaining({ response: "YES", dietaryNeeds: "Halal, no nuts" })]);
    expect(data.actionsOwned.map((a) => a.id)).toEqual([action.id]);
    expect(data.actionUpdatesAuthored.map((u) => u.text)).toEqual(["I booked the room."]);
    const text = JSON.stringify(data);
    for (const secret of ["Other Coordinator", "+31 6 9999 0000", "Vegan secret", "Coordinator's private remark"]) expect(text).not.toContain(secret);
    expect(await db.auditEvent.count({ where: { kind: "person.exported", actorId: me.person.id } })).toBe(1);
  });
});

describe("erasePerson", () => {
  it("removes personal data, ends memberships, keeps authored history as Former member", async () => {
    const { me, programme } = await setup();
    await db.session.create({ data: { sessionToken: "erase-me-session", personId: me.person.id, expires: new Date(Date.now() + 3600_000) } });
    await db.account.create({ data: { personId: me.person.id, type: "oauth", provider: "oidc", providerAccountId: "sub-1" } });
    const before = await db.person.findUniqueOrThrow({ where: { id: me.person.id } });

    await erasePerson(await viewerOf(me.person.id));

    const person = await db.person.findUniqueOrThrow({ where: { id: me.person.id } });
    expect(person).toMatchObject({ name: formerMemberName, email: `erased-${me.person.id}@invalid`, phone: null, dietaryNeeds: null, locale: null });
    expect(person.calendarToken).not.toBe(before.calendarToken);
    expect(await db.session.count({ where: { personId: me.person.id } })).toBe(0);
    expect(await db.account.count({ where: { personId: me.person.id } })).toBe(0);
    const rsvps = await db.rsvp.findMany({ where: { membership: { personId: me.person.id } } });
    expect(rsvps.map((r) => r.dietaryNeeds)).toEqual([null]);
    const membership = await db.membership.findUniqueOrThrow({ where: { id: me.membership.id } });
    expect(membership.leftAt).not.toBeNull();
    expect(membership.consentToSharePhone).toBe(false);
    const update = await db.actionUpdate.findFirstOrThrow({ where: { authorId: me.membership.id }, select: { text: true, author: { select: { person: { select: { name: true } } } } } });
    expect(update).toEqual({ text: "I booked the room.", author: { person: { name: formerMemberName } } });
    expect(await db.auditEvent.count({ where: { kind: "person.erased", actorId: me.person.id } })).toBe(1);
    // Others are untouched.
    expect((await db.rsvp.findFirstOrThrow({ where: { dinner: { programmeId: programme.id }, response: "NO" } })).dietaryNeeds).toBe("Vegan secret");
  });

  it("refuses the last coordinator of a programme", async () => {
    const { coordinator } = await setup();
    await expect(erasePerson(await viewerOf(coordinator.person.id))).rejects.toBeInstanceOf(FieldError);
    expect((await db.person.findUniqueOrThrow({ where: { id: coordinator.person.id } })).name).toBe("Other Coordinator");
  });

  it("works for a person without memberships", async () => {
    const loner = await createPerson(db, { phone: "+31 6 0" });
    await erasePerson(await viewerOf(loner.id));
    expect((await db.person.findUniqueOrThrow({ where: { id: loner.id } })).phone).toBeNull();
  });
});
