import { hashSecretToken } from "@/lib/security/secret-token";
import { addressKey } from "@/lib/auth/address-key";
import { requestSignInLink } from "@/lib/auth/magic-link";
import { describe, expect, it } from "vitest";
import { makeCalendarFeed } from "@/lib/calendar/make-calendar-feed";
import { db } from "@/lib/db";
import { createAction, createActionUpdate, createDinner, createMember, createPerson, createProgramme, createRsvp } from "@/lib/demo/factories";
import { personalData } from "@/lib/privacy/personal-data";
import { FieldError, UnauthenticatedError } from "@/lib/errors";
import { createQueryCounter } from "@/tests/support/count-queries";
import { feedTokenOf } from "@/tests/support/calendar-feed";
import { viewerOf } from "@/tests/support/viewers";
import { erasePerson } from "./erase-person";
import { exportPersonalData } from "./export-personal-data";
import { getAccount } from "./get-account";
import { respondToDinner } from "@/lib/dinners/respond-to-dinner";
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

  it("saves the form only over the details it showed: a save from another device meanwhile is refused and writes nothing", async () => {
    const { me, programme } = await setup();
    const viewer = await viewerOf(me.person.id);
    const shown = await getAccount(viewer);
    await updateAccount(viewer, { name: "From the phone", version: shown.version });
    await expect(updateAccount(viewer, { name: "From the laptop", dietaryNeeds: "", sharePhoneWith: [], version: shown.version })).rejects.toEqual(new FieldError("form", "accountChanged"));
    expect(await getAccount(viewer)).toMatchObject({ name: "From the phone", dietaryNeeds: "Halal", memberships: [{ consentToSharePhone: true }] });

    // Remembering dietary needs from a dinner answer is a change of the details too.
    const dinner = await createDinner(db, { programmeId: programme.id, startsAt: new Date("2027-01-10T17:30:00Z") });
    const before = (await getAccount(viewer)).version;
    await respondToDinner(viewer, programme.id, { dinnerId: dinner.id, response: "YES", dietaryNeeds: "Vegan", saveDietaryDefault: true }, new Date("2027-01-01T12:00:00Z"));
    await expect(updateAccount(viewer, { dietaryNeeds: "Halal", version: before })).rejects.toEqual(new FieldError("form", "accountChanged"));
    expect((await getAccount(viewer)).dietaryNeeds).toBe("Vegan");
  });

  it("needs a signed-in person", async () => {
    await expect(getAccount(null)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(updateAccount(null, { name: "x" })).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

// What the issue found missing: poll votes, e-mails, invitations, sessions, audit events
// about the person, rate-limit keys, the calendar token.
async function moreOf(setupResult: Awaited<ReturnType<typeof setup>>) {
  const { programme, me, coordinator } = setupResult;
  const poll = await db.datePoll.create({ data: { programmeId: programme.id, title: "Spring dinner", options: { create: [{ startsAt: new Date("2027-03-01T17:30:00Z"), endsAt: new Date("2027-03-01T20:30:00Z") }] } }, select: { options: { select: { id: true } } } });
  const optionId = poll.options[0]!.id;
  await db.datePollVote.create({ data: { optionId, membershipId: me.membership.id, answer: "YES" } });
  await db.datePollVote.create({ data: { optionId, membershipId: coordinator.membership.id, answer: "NO" } });
  await db.email.create({ data: { dedupeKey: `sent-to-me-${me.person.id}`, to: me.person.email, subject: "Reminder: dinner", text: "Dear Me Myself, …", sentAt: new Date() } });
  await db.email.create({ data: { dedupeKey: `sent-to-other-${me.person.id}`, to: coordinator.person.email, subject: "Other's mail", text: "Dear Other Coordinator" } });
  await db.invitation.create({ data: { programmeId: programme.id, email: me.person.email, name: "Me Myself", party: "COMMUNITY", role: "ALLY", tokenHash: `hash-me-${me.person.id}`, expiresAt: new Date("2026-12-20T00:00:00Z"), acceptedAt: new Date(), invitedById: coordinator.person.id } });
  await db.invitation.create({ data: { programmeId: programme.id, email: `friend-${me.person.id}@example.test`, name: "Invited Friend", party: "COMMUNITY", role: "ALLY", tokenHash: `hash-friend-${me.person.id}`, expiresAt: new Date("2026-12-20T00:00:00Z"), invitedById: me.person.id } });
  await db.session.create({ data: { tokenHash: hashSecretToken(`secret-session-token-${me.person.id}`), personId: me.person.id, expires: new Date(Date.now() + 3600_000) } });
  // Rate-limit counters as the sign-in form writes them (keyed by a hash of the address).
  for (let i = 0; i < 2; i++) await requestSignInLink({ email: me.person.email, ip: "198.51.100.21", locale: "en" });
  await requestSignInLink({ email: coordinator.person.email, ip: "198.51.100.22", locale: "en" });
  await db.auditEvent.create({ data: { kind: "membership.ended", programmeId: programme.id, actorId: coordinator.person.id, subjectId: me.membership.id } });
  await db.auditEvent.create({ data: { kind: "directory.contacts-viewed", programmeId: programme.id, actorId: me.person.id, data: { phones: 1 } } });
  await createActionUpdate(db, { actionId: setupResult.action.id, authorId: me.membership.id, text: "Call me on 06 1234 5678, ask for Me Myself." });
  const device = await db.pushSubscription.create({ data: { personId: me.person.id, endpoint: `https://push.example.test/secret-endpoint-${me.person.id}`, p256dh: "p256dh-key", auth: "auth-secret", label: "My phone" } });
  await db.pushMessage.create({ data: { dedupeKey: `push-${me.person.id}`, subscriptionId: device.id, payload: JSON.stringify({ title: "Incident opened" }), sentAt: new Date() } });
  const feed = await makeCalendarFeed(await viewerOf(me.person.id));
  return { optionId, feedToken: feedTokenOf(feed.feedUrl) };
}

describe("exportPersonalData", () => {
  it("contains every kind of the person's own data in the one list and nothing personal of others", async () => {
    const base = await setup();
    const { me, coordinator, programme, action } = base;
    const { feedToken } = await moreOf(base);
    // An action I logged for the coordinator to own, and one the coordinator logged.
    const logged = await createAction(db, { programmeId: programme.id, ownerIds: [coordinator.membership.id], createdById: me.membership.id, title: "Logged for someone else" });
    await createAction(db, { programmeId: programme.id, ownerIds: [coordinator.membership.id], title: "Coordinator's own action" });
    // The single sign-on links: mine and the coordinator's.
    await db.account.create({ data: { personId: me.person.id, type: "oidc", provider: "keycloak", providerAccountId: `sub-me-${me.person.id}` } });
    await db.account.create({ data: { personId: coordinator.person.id, type: "oidc", provider: "keycloak", providerAccountId: `sub-other-${me.person.id}` } });
    // An event between others, with details: not mine.
    await db.auditEvent.create({ data: { kind: "membership.role-changed", programmeId: programme.id, actorId: coordinator.person.id, subjectId: coordinator.membership.id, data: { from: { role: "ALLY" }, to: { role: "SECRET-ROLE" } } } });
    const data = await exportPersonalData(await viewerOf(me.person.id));
    expect(data.person).toMatchObject({ name: "Me Myself", email: me.person.email, phone: "+31 6 1234 5678", dietaryNeeds: "Halal" });
    expect(data.memberships).toHaveLength(1);
    expect(data.rsvps).toEqual([expect.objectContaining({ response: "YES", dietaryNeeds: "Halal, no nuts" })]);
    expect(data.actionOwnership.owned.map((a) => a.id)).toEqual([action.id]);
    // Every action I logged, whoever owns it, with its title, time and programme.
    expect(data.actionOwnership.logged).toEqual([
      { id: action.id, title: "Joint walk", createdAt: action.createdAt.toISOString(), programme: { name: programme.name } },
      { id: logged.id, title: "Logged for someone else", createdAt: logged.createdAt.toISOString(), programme: { name: programme.name } },
    ]);
    expect(data.actionUpdates.map((u) => u.text)).toEqual(["I booked the room.", "Call me on 06 1234 5678, ask for Me Myself."]);
    expect(data.pollVotes).toEqual([expect.objectContaining({ answer: "YES" })]);
    expect(data.emails).toEqual([expect.objectContaining({ subject: "Reminder: dinner" })]);
    expect(data.invitations.received).toEqual([expect.objectContaining({ name: "Me Myself", email: me.person.email })]);
    expect(data.invitations.sent).toHaveLength(1);
    expect(data.sessions).toHaveLength(1);
    expect(data.rateLimits).toEqual([expect.objectContaining({ key: `sign-in:pair:${addressKey(me.person.email)}:198.51.100.21`, count: 2 })]);
    // Whether there is a feed address and until when; never the address (it is not kept).
    expect(data.calendarToken).toEqual({ expires: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    // The device and what was pushed to it; never the endpoint's path or the browser's keys.
    expect(data.pushSubscriptions).toEqual([expect.objectContaining({ label: "My phone", pushService: "push.example.test", messages: [expect.objectContaining({ payload: '{"title":"Incident opened"}', sentAt: expect.any(String) })] })]);
    expect(data.auditEvents.map((e) => e.kind).sort()).toEqual(["directory.contacts-viewed", "membership.ended"]);
    // With their details (they hold no one else's personal data).
    expect(data.auditEvents).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "directory.contacts-viewed", actorId: me.person.id, data: { phones: 1 } })]));
    // The single sign-on link, with the person's id at the provider.
    expect(data.accounts).toEqual([{ type: "oidc", provider: "keycloak", providerAccountId: `sub-me-${me.person.id}` }]);
    // Every kind with an export is in the file.
    for (const kind of personalData) if ("exportSql" in kind) expect(data).toHaveProperty(kind.key);
    const text = JSON.stringify(data);
    for (const secret of ["Other Coordinator", "+31 6 9999 0000", "Vegan secret", "Coordinator's private remark", "Invited Friend", "friend-", "secret-session-token", "hash-me", "Other's mail", "secret-endpoint", "auth-secret", feedToken, "sub-other-", "SECRET-ROLE", "Coordinator's own action"]) expect(text).not.toContain(secret);
    expect(await db.auditEvent.count({ where: { kind: "person.exported", actorId: me.person.id } })).toBe(1);
  });

  it("reads everything and records the export in one statement (decision 029)", async () => {
    const base = await setup();
    await moreOf(base);
    const viewer = await viewerOf(base.me.person.id);
    const counter = createQueryCounter();
    try {
      const { queries, roundTrips } = await counter.count(() => exportPersonalData(viewer));
      expect(queries).toHaveLength(1);
      expect(roundTrips).toBe(1);
    } finally {
      await counter.disconnect();
    }
    expect(await db.auditEvent.findMany({ where: { kind: "person.exported", actorId: base.me.person.id }, select: { programmeId: true, subjectId: true, data: true } })).toEqual([{ programmeId: null, subjectId: null, data: null }]);
  });

  it("exports and erases the person's own sign-in rate limits (keyed by the address's hash), and only theirs", async () => {
    const person = await createPerson(db, { email: "a_b@example.test" });
    const lookalike = await createPerson(db, { email: "axb@example.test" });
    for (const email of [person.email, lookalike.email]) await (await requestSignInLink({ email, ip: "198.51.100.23", locale: "en" })).send();
    const keysOf = (email: string) => [`sign-in:pair:${addressKey(email)}:198.51.100.23`, `sign-in:send:${addressKey(email)}`].sort();
    const stored = async () => (await db.rateLimit.findMany({ where: { key: { startsWith: "sign-in:" } }, select: { key: true } })).map((limit) => limit.key);
    expect(await stored()).toEqual(expect.arrayContaining([...keysOf(person.email), ...keysOf(lookalike.email)]));
    const viewer = await viewerOf(person.id);
    expect((await exportPersonalData(viewer)).rateLimits.map((limit) => limit.key).sort()).toEqual(keysOf(person.email));
    await erasePerson(viewer);
    const left = await stored();
    expect(left.filter((key) => keysOf(person.email).includes(key))).toEqual([]);
    expect(left).toEqual(expect.arrayContaining(keysOf(lookalike.email)));
    // The counter of the caller's IP is no one's personal data: it stays.
    expect(left).toContain("sign-in:ip:198.51.100.23");
  });
});

describe("erasePerson", () => {
  it("removes every kind of the person's data in the one list and leaves others' data alone", async () => {
    const base = await setup();
    const { me, coordinator, programme, action } = base;
    const { optionId } = await moreOf(base);
    await db.account.create({ data: { personId: me.person.id, type: "oauth", provider: "oidc", providerAccountId: "sub-1" } });
    await db.verificationToken.create({ data: { identifier: me.person.email, token: `link-token-${me.person.id}`, expires: new Date(Date.now() + 600_000) } });

    await erasePerson(await viewerOf(me.person.id));

    const mine = { membershipId: me.membership.id };
    expect(await db.person.count({ where: { id: me.person.id } })).toBe(0);
    expect(await db.membership.count({ where: { id: me.membership.id } })).toBe(0);
    expect(await db.rsvp.count({ where: mine })).toBe(0);
    expect(await db.datePollVote.count({ where: mine })).toBe(0);
    expect(await db.actionOwner.count({ where: mine })).toBe(0);
    expect(await db.session.count({ where: { personId: me.person.id } })).toBe(0);
    expect(await db.account.count({ where: { personId: me.person.id } })).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: me.person.email } })).toBe(0);
    expect(await db.email.count({ where: { to: me.person.email } })).toBe(0);
    expect(await db.rateLimit.count({ where: { key: { contains: addressKey(me.person.email) } } })).toBe(0);
    expect(await db.invitation.count({ where: { email: me.person.email } })).toBe(0);
    // The action and its timeline stay; the texts I wrote (a phone number, a name) do not.
    const updates = await db.actionUpdate.findMany({ where: { actionId: action.id }, orderBy: { createdAt: "asc" }, select: { text: true, authorId: true } });
    expect(updates.map((u) => u.text).sort()).toEqual(["", "", "Coordinator's private remark"]);
    expect(JSON.stringify(await db.actionUpdate.findMany({ where: { actionId: action.id } }))).not.toMatch(/1234 5678|Me Myself/);
    // Audit events stay for the coordinators' log, without who or details.
    const events = await db.auditEvent.findMany({ where: { programmeId: programme.id }, select: { kind: true, actorId: true, subjectId: true, data: true } });
    expect(events).toEqual(expect.arrayContaining([{ kind: "membership.ended", actorId: null, subjectId: null, data: null }, { kind: "directory.contacts-viewed", actorId: null, subjectId: null, data: null }]));
    expect(await db.auditEvent.count({ where: { kind: "person.erased", subjectId: me.person.id } })).toBe(1);
    // Nothing of the person anywhere as text.
    const everything = JSON.stringify(await Promise.all([db.person.findMany(), db.invitation.findMany(), db.email.findMany(), db.rateLimit.findMany(), db.auditEvent.findMany()]));
    expect(everything).not.toContain(me.person.email);
    // Others are untouched.
    expect((await db.rsvp.findFirstOrThrow({ where: { membershipId: coordinator.membership.id } })).dietaryNeeds).toBe("Vegan secret");
    expect(await db.datePollVote.count({ where: { optionId, membershipId: coordinator.membership.id } })).toBe(1);
    expect(await db.email.count({ where: { to: coordinator.person.email } })).toBe(1);
    expect(await db.rateLimit.count({ where: { key: { contains: addressKey(coordinator.person.email) } } })).toBe(1);
    expect(await db.invitation.count({ where: { email: `friend-${me.person.id}@example.test`, invitedById: null } })).toBe(1);
  });

  it("refuses the last coordinator of a programme", async () => {
    const { coordinator } = await setup();
    await expect(erasePerson(await viewerOf(coordinator.person.id))).rejects.toBeInstanceOf(FieldError);
    expect((await db.person.findUniqueOrThrow({ where: { id: coordinator.person.id } })).name).toBe("Other Coordinator");
  });

  it("works for a person without memberships", async () => {
    const loner = await createPerson(db, { phone: "+31 6 0" });
    await erasePerson(await viewerOf(loner.id));
    expect(await db.person.count({ where: { id: loner.id } })).toBe(0);
  });
});
