import { hashSecretToken } from "@/lib/security/secret-token";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAction, createActionUpdate, createAgendaItem, createDinner, createMember, createProgramme, createRsvp } from "@/lib/demo/factories";
import { enforceRetention } from "./enforce-retention";

const now = new Date("2026-11-30T03:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

describe("enforceRetention", () => {
  it("deletes or empties what is past its period (the programme's choice or the default) and nothing else", async () => {
    // Programme A keeps dietary needs 7 days and agenda notes 400 days; B keeps the defaults (30 and 1825).
    const a = await createProgramme(db, { retentionDays: { dietaryNeeds: 7, agendaNotes: 400 } });
    const b = await createProgramme(db);
    const memberA = await createMember(db, { programmeId: a.id });
    const memberB = await createMember(db, { programmeId: b.id });

    // Dietary needs: a dinner 10 days ago in both programmes.
    const dinnerA = await createDinner(db, { programmeId: a.id, startsAt: daysAgo(10), status: "HELD" });
    const dinnerB = await createDinner(db, { programmeId: b.id, startsAt: daysAgo(10), status: "HELD" });
    await createRsvp(db, { dinnerId: dinnerA.id, membershipId: memberA.membership.id, response: "YES", dietaryNeeds: "Halal" });
    await createRsvp(db, { dinnerId: dinnerB.id, membershipId: memberB.membership.id, response: "YES", dietaryNeeds: "Vegan" });

    // Agenda notes: a dinner 500 days ago in both.
    const oldA = await createDinner(db, { programmeId: a.id, startsAt: daysAgo(500), status: "HELD" });
    const oldB = await createDinner(db, { programmeId: b.id, startsAt: daysAgo(500), status: "HELD" });
    await createAgendaItem(db, { dinnerId: oldA.id, title: "Old A", notes: "Said at the old dinner" });
    await createAgendaItem(db, { dinnerId: oldB.id, title: "Old B", notes: "Kept five years" });

    // Action updates: default three years.
    const action = await createAction(db, { programmeId: a.id, ownerIds: [memberA.membership.id] });
    const oldUpdate = await createActionUpdate(db, { actionId: action.id, authorId: memberA.membership.id, text: "Four years ago" });
    await db.actionUpdate.update({ where: { id: oldUpdate.id }, data: { createdAt: daysAgo(4 * 365) } });
    await createActionUpdate(db, { actionId: action.id, authorId: memberA.membership.id, text: "Last week" });

    // Poll votes: 90 days after the poll closed.
    for (const [title, closedDaysAgo] of [["Closed long ago", 100], ["Closed lately", 10]] as const) {
      await db.datePoll.create({
        data: {
          programmeId: a.id,
          title,
          closedAt: daysAgo(closedDaysAgo),
          options: { create: [{ startsAt: daysAgo(closedDaysAgo - 5), endsAt: daysAgo(closedDaysAgo - 5), votes: { create: [{ membershipId: memberA.membership.id, answer: "YES" }] } }] },
        },
      });
    }

    // Audit events: two years.
    await db.auditEvent.create({ data: { kind: "membership.ended", programmeId: a.id, createdAt: daysAgo(800) } });
    await db.auditEvent.create({ data: { kind: "membership.ended", programmeId: a.id, createdAt: daysAgo(100) } });
    // E-mails: 30 days after delivery; unsent ones stay.
    await db.email.create({ data: { dedupeKey: "old-sent", to: "x@example.test", subject: "Old", text: "…", createdAt: daysAgo(40), sentAt: daysAgo(40) } });
    await db.email.create({ data: { dedupeKey: "new-sent", to: "x@example.test", subject: "New", text: "…", createdAt: daysAgo(5), sentAt: daysAgo(5) } });
    await db.email.create({ data: { dedupeKey: "old-unsent", to: "x@example.test", subject: "Pending", text: "…", createdAt: daysAgo(40), attempts: 1 } });
    // Invitations: 90 days after accepted, revoked or expired; pending ones stay.
    const invite = (email: string, data: object) => db.invitation.create({ data: { programmeId: a.id, email, name: email, party: "COMMUNITY", role: "ALLY", tokenHash: email, expiresAt: daysAgo(-10), ...data } });
    await invite("accepted-long-ago@example.test", { acceptedAt: daysAgo(120) });
    await invite("expired-long-ago@example.test", { expiresAt: daysAgo(100) });
    await invite("accepted-lately@example.test", { acceptedAt: daysAgo(20) });
    await invite("pending@example.test", {});
    // Sessions and sign-in links: until expiry. Rate-limit windows: one day.
    await db.session.create({ data: { tokenHash: hashSecretToken("expired"), personId: memberA.person.id, expires: daysAgo(1) } });
    await db.session.create({ data: { tokenHash: hashSecretToken("valid"), personId: memberA.person.id, expires: daysAgo(-1) } });
    await db.verificationToken.create({ data: { identifier: "a@example.test", token: "expired-link", expires: daysAgo(1) } });
    await db.rateLimit.create({ data: { key: "sign-in:ip:1", windowStart: daysAgo(2) } });
    await db.rateLimit.create({ data: { key: "sign-in:ip:2", windowStart: now } });

    // Ended memberships: a year; the person whose only membership ended 400 days ago is anonymised.
    const gone = await createMember(db, { programmeId: a.id, organisation: "Moskee", consentToSharePhone: true, person: { name: "Gone Long", phone: "+31 6 1111 2222" } });
    await db.membership.update({ where: { id: gone.membership.id }, data: { leftAt: daysAgo(400) } });
    const recent = await createMember(db, { programmeId: a.id, organisation: "Buurthuis", person: { name: "Left Lately", phone: "+31 6 3333 4444" } });
    await db.membership.update({ where: { id: recent.membership.id }, data: { leftAt: daysAgo(30) } });

    // Plan history: an earlier version is deleted five years after a newer one replaced it.
    await db.programmePlan.create({ data: { programmeId: a.id, version: 1, vision: "First", createdAt: daysAgo(7 * 365) } });
    await db.programmePlan.create({ data: { programmeId: a.id, version: 2, vision: "Second", createdAt: daysAgo(6 * 365) } });
    await db.programmePlan.create({ data: { programmeId: a.id, version: 3, vision: "Current", createdAt: daysAgo(100) } });

    const changed = await enforceRetention(now);

    expect((await db.rsvp.findMany({ where: { dinnerId: { in: [dinnerA.id, dinnerB.id] } }, orderBy: { dinnerId: "asc" }, select: { dinnerId: true, dietaryNeeds: true, response: true } })).map((r) => [r.dinnerId === dinnerA.id ? "A" : "B", r.dietaryNeeds, r.response]).sort()).toEqual([
      ["A", null, "YES"],
      ["B", "Vegan", "YES"],
    ]);
    expect((await db.agendaItem.findMany({ orderBy: { title: "asc" }, select: { title: true, notes: true } }))).toEqual([
      { title: "Old A", notes: "" },
      { title: "Old B", notes: "Kept five years" },
    ]);
    expect((await db.actionUpdate.findMany({ where: { actionId: action.id }, orderBy: { createdAt: "asc" }, select: { text: true } })).map((u) => u.text)).toEqual(["", "Last week"]);
    expect((await db.datePollVote.findMany({ select: { option: { select: { poll: { select: { title: true } } } } } })).map((v) => v.option.poll.title)).toEqual(["Closed lately"]);
    expect(await db.auditEvent.count({ where: { programmeId: a.id } })).toBe(1);
    expect((await db.email.findMany({ orderBy: { dedupeKey: "asc" }, select: { dedupeKey: true } })).map((e) => e.dedupeKey)).toEqual(["new-sent", "old-unsent"]);
    expect((await db.invitation.findMany({ orderBy: { email: "asc" }, select: { email: true } })).map((i) => i.email)).toEqual(["accepted-lately@example.test", "pending@example.test"]);
    expect((await db.session.findMany({ select: { tokenHash: true } })).map((s) => s.tokenHash)).toEqual([hashSecretToken("valid")]);
    expect(await db.verificationToken.count()).toBe(0);
    expect((await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key)).toEqual(["sign-in:ip:2"]);
    expect(await db.person.findUniqueOrThrow({ where: { id: gone.person.id }, select: { name: true, phone: true, email: true } })).toEqual({ name: "Former member", phone: null, email: `erased-${gone.person.id}@invalid` });
    expect(await db.membership.findUniqueOrThrow({ where: { id: gone.membership.id }, select: { organisation: true, consentToSharePhone: true } })).toEqual({ organisation: null, consentToSharePhone: false });
    expect(await db.person.findUniqueOrThrow({ where: { id: recent.person.id }, select: { name: true, phone: true } })).toEqual({ name: "Left Lately", phone: "+31 6 3333 4444" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: recent.membership.id } })).organisation).toBe("Buurthuis");
    expect(await db.person.findUniqueOrThrow({ where: { id: memberA.person.id }, select: { name: true } })).toEqual({ name: memberA.person.name });
    expect((await db.programmePlan.findMany({ where: { programmeId: a.id }, orderBy: { version: "asc" }, select: { version: true } })).map((p) => p.version)).toEqual([2, 3]);
    expect(changed.dietaryNeeds).toBe(1);

    // A second run changes nothing.
    expect(Object.values(await enforceRetention(now)).every((count) => count === 0)).toBe(true);
  });

  it("anonymises a person whose memberships all ended as erasure does: names kept at the time, sessions, sign-on link, devices and calendar feed go; others' stay", async () => {
    const programme = await createProgramme(db);
    const gone = await createMember(db, { programmeId: programme.id, party: "COMMUNITY", person: { name: "Gone Long" } });
    await db.membership.update({ where: { id: gone.membership.id }, data: { leftAt: daysAgo(400) } });
    const stays = await createMember(db, { programmeId: programme.id, party: "POLICE", person: { name: "Still Here" } });

    // Names kept "at the time" on the incident records, by both.
    const agreement = await db.sharingAgreement.create({
      data: {
        programmeId: programme.id,
        version: 1,
        text: "What we share",
        acceptances: { create: [{ party: "COMMUNITY", membershipId: gone.membership.id, acceptedBy: "Gone Long" }, { party: "POLICE", membershipId: stays.membership.id, acceptedBy: "Still Here" }] },
      },
    });
    const incident = await db.incident.create({ data: { programmeId: programme.id, whatHappened: "Fireworks", level: 2 } });
    const byGone = await db.jointMessage.create({ data: { incidentId: incident.id, draft: 1, text: "First draft", authorName: "Gone Long", authorId: gone.membership.id } });
    const byStays = await db.jointMessage.create({ data: { incidentId: incident.id, draft: 2, text: "Second draft", authorName: "Still Here", authorId: stays.membership.id } });
    await db.jointMessageApproval.create({ data: { messageId: byStays.id, party: "COMMUNITY", membershipId: gone.membership.id, approvedBy: "Gone Long" } });
    await db.jointMessageApproval.create({ data: { messageId: byStays.id, party: "POLICE", membershipId: stays.membership.id, approvedBy: "Still Here" } });

    // What signs each in or reaches them.
    for (const { person } of [gone, stays]) {
      await db.session.create({ data: { tokenHash: hashSecretToken(`session-${person.id}`), personId: person.id, expires: daysAgo(-30) } });
      await db.account.create({ data: { personId: person.id, type: "oidc", provider: "keycloak", providerAccountId: `sub-${person.id}` } });
      const device = await db.pushSubscription.create({ data: { personId: person.id, endpoint: `https://push.example.test/${person.id}`, p256dh: "key", auth: "secret", label: "Phone" } });
      await db.pushMessage.create({ data: { dedupeKey: `push-${person.id}`, subscriptionId: device.id, payload: "{}" } });
      await db.person.update({ where: { id: person.id }, data: { calendarTokenHash: hashSecretToken(`feed-${person.id}`), calendarTokenExpiresAt: daysAgo(-30) } });
    }

    // Their memberships ended too, but they still hold another role: a regional coordinator.
    const regional = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", person: { name: "Still Regional" } });
    await db.membership.update({ where: { id: regional.membership.id }, data: { leftAt: daysAgo(400) } });
    await db.regionalCoordinator.create({ data: { personId: regional.person.id, programmeId: programme.id } });

    const changed = await enforceRetention(now);
    expect(changed.endedMemberships).toBe(1);
    expect((await db.person.findUniqueOrThrow({ where: { id: regional.person.id } })).name).toBe("Still Regional");

    const acceptances = await db.sharingAgreementAcceptance.findMany({ where: { agreementId: agreement.id }, select: { party: true, membershipId: true, acceptedBy: true } });
    // The (ended) membership stays linked: only its name is forgotten.
    expect(acceptances).toEqual(
      expect.arrayContaining([
        { party: "COMMUNITY", membershipId: gone.membership.id, acceptedBy: "Former member" },
        { party: "POLICE", membershipId: stays.membership.id, acceptedBy: "Still Here" },
      ]),
    );
    expect(acceptances).toHaveLength(2);
    expect((await db.jointMessage.findMany({ where: { incidentId: incident.id }, orderBy: { draft: "asc" }, select: { id: true, authorName: true, text: true } }))).toEqual([
      { id: byGone.id, authorName: "Former member", text: "First draft" },
      { id: byStays.id, authorName: "Still Here", text: "Second draft" },
    ]);
    expect((await db.jointMessageApproval.findMany({ where: { messageId: byStays.id }, select: { party: true, approvedBy: true } })).map((a) => `${a.party}:${a.approvedBy}`).sort()).toEqual(["COMMUNITY:Former member", "POLICE:Still Here"]);
    // Nothing of the name left anywhere it was copied.
    const copies = JSON.stringify(await Promise.all([db.person.findMany(), db.sharingAgreementAcceptance.findMany(), db.jointMessage.findMany(), db.jointMessageApproval.findMany()]));
    expect(copies).not.toContain("Gone Long");

    const signIns = async (personId: string) => ({
      sessions: await db.session.count({ where: { personId } }),
      accounts: await db.account.count({ where: { personId } }),
      devices: await db.pushSubscription.count({ where: { personId } }),
      messages: await db.pushMessage.count({ where: { subscription: { personId } } }),
      feed: (await db.person.findUniqueOrThrow({ where: { id: personId }, select: { calendarTokenHash: true, calendarTokenExpiresAt: true } })).calendarTokenHash !== null,
    });
    expect(await signIns(gone.person.id)).toEqual({ sessions: 0, accounts: 0, devices: 0, messages: 0, feed: false });
    expect(await db.person.findUniqueOrThrow({ where: { id: gone.person.id }, select: { calendarTokenExpiresAt: true } })).toEqual({ calendarTokenExpiresAt: null });
    expect(await signIns(stays.person.id)).toEqual({ sessions: 1, accounts: 1, devices: 1, messages: 1, feed: true });
    expect(await db.person.findUniqueOrThrow({ where: { id: stays.person.id }, select: { name: true } })).toEqual({ name: "Still Here" });

    // A second run changes nothing.
    expect(Object.values(await enforceRetention(now)).every((count) => count === 0)).toBe(true);
  });
});
