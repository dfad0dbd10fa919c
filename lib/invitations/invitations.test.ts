import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createProgramme } from "@/lib/demo/factories";
import { FieldError, NotFoundError } from "@/lib/errors";
import { getMemberDirectory } from "@/lib/members/get-member-directory";
import { viewerOf } from "@/tests/support/viewers";
import { mailbox } from "@/tests/support/mailbox";
import type { Viewer } from "@/lib/auth/viewer";
import type { InvitationInput } from "./create-invitation";
import { linkTokenSlot } from "@/lib/email/email-links";
import { acceptInvitation } from "./accept-invitation";
import { getInvitation } from "./get-invitation";
import { hashInvitationToken } from "./invitation-token";
import { inviteMember } from "./invite-member";
import { resendInvitation } from "./resend-invitation";
import { revokeInvitation } from "./revoke-invitation";

const now = new Date("2026-11-21T12:00:00Z");
const day = 24 * 60 * 60 * 1000;

async function setup() {
  const programme = await createProgramme(db);
  const coordinator = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR" });
  const ally = await createMember(db, { programmeId: programme.id });
  return { programme, coordinator, ally, viewer: await viewerOf(coordinator.person.id) };
}

const box = mailbox();

// Invites and sends the e-mail: the token is what arrives in the invitee's inbox.
async function invite(viewer: Viewer, invitation: InvitationInput, at = now) {
  const { id } = await inviteMember(viewer, invitation, at);
  const email = await box.lastTo(invitation.email.toLowerCase());
  return { id, email, token: /\/invitations\/([\w-]{43})/.exec(email.text)![1]! };
}

const input = (programmeId: string, email = `new-${Math.random().toString(36).slice(2)}@example.test`) =>
  ({ programmeId, email, name: "Nadia Bouzid", party: "COMMUNITY", role: "ALLY", organisation: "Buurthuis", locale: "nl" }) as const;

describe("inviteMember", () => {
  it("queues the e-mail in the chosen language without its token, makes the token only when sending and keeps its hash, expires in 14 days and audits", async () => {
    const { programme, viewer, ally } = await setup();
    const { id } = await inviteMember(viewer, input(programme.id, "Nadia@Example.test"), now);
    // Queued without its token: the outbox holds a slot where the token goes.
    const queued = await db.email.findFirstOrThrow({ where: { to: "nadia@example.test" } });
    expect(queued).toMatchObject({ linkKind: "invitation", linkRef: id });
    expect(queued.text).toContain(`/invitations/${linkTokenSlot}`);
    const before = await db.invitation.findUniqueOrThrow({ where: { id } });
    // Sent: the token is made now, only its hash is kept, and the outbox keeps no body.
    const email = await box.lastTo("nadia@example.test");
    const token = /\/invitations\/([\w-]{43})/.exec(email.text)![1]!;
    expect(email.subject).toContain("Je bent uitgenodigd");
    expect(email.html).toContain(`/invitations/${token}`);
    const invitation = await db.invitation.findUniqueOrThrow({ where: { id } });
    expect(before.tokenHash).not.toBe(invitation.tokenHash);
    expect(invitation.email).toBe("nadia@example.test");
    expect(invitation.tokenHash).toBe(hashInvitationToken(token));
    expect(invitation.expiresAt.getTime() - now.getTime()).toBe(14 * day);
    expect((await db.email.findFirstOrThrow({ where: { to: "nadia@example.test" } })).text).toBe("");
    expect((await getInvitation(token, now))?.status).toBe("valid");
    expect(await db.auditEvent.count({ where: { kind: "invitation.sent", subjectId: id } })).toBe(1);
    const [pending] = (await getMemberDirectory(viewer, programme.id)).invitations;
    expect(pending).toMatchObject({ id, email: "nadia@example.test", name: "Nadia Bouzid", party: "COMMUNITY", role: "ALLY", organisation: "Buurthuis" });
    expect(pending!.expiresAt).toEqual(invitation.expiresAt);
    expect(pending!.createdAt).toEqual(invitation.createdAt);
    // The members page lists invitations only to those who may manage members.
    expect((await getMemberDirectory(await viewerOf(ally.person.id), programme.id)).invitations).toEqual([]);
  });

  it("refuses someone who is already an active member", async () => {
    const { programme, viewer, ally } = await setup();
    await expect(inviteMember(viewer, input(programme.id, ally.person.email), now)).rejects.toBeInstanceOf(FieldError);
  });

  it("is denied to allies and to coordinators of another programme", async () => {
    const { programme, ally } = await setup();
    const other = await setup();
    await expect(inviteMember(await viewerOf(ally.person.id), input(programme.id), now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(inviteMember(other.viewer, input(programme.id), now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMemberDirectory(other.viewer, programme.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.invitation.count({ where: { programmeId: programme.id } })).toBe(0);
  });
});

describe("acceptInvitation", () => {
  it("creates the person and membership, records the commitment, and works only once even under double submit", async () => {
    const { programme, viewer } = await setup();
    const { token } = await invite(viewer, input(programme.id, "fresh@example.test"), now);
    expect((await getInvitation(token, now))?.status).toBe("valid");

    const results = await Promise.allSettled([
      acceptInvitation({ token, phone: "+31 6 1111 2222", consentToSharePhone: true }, now),
      acceptInvitation({ token, phone: "+31 6 1111 2222", consentToSharePhone: true }, now),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.any(NotFoundError)]);

    const person = await db.person.findUniqueOrThrow({ where: { email: "fresh@example.test" }, include: { memberships: true } });
    expect(person.phone).toBe("+31 6 1111 2222");
    expect(person.memberships).toHaveLength(1);
    expect(person.memberships[0]).toMatchObject({ programmeId: programme.id, party: "COMMUNITY", role: "ALLY", organisation: "Buurthuis", consentToSharePhone: true, commitmentAcceptedAt: now, leftAt: null });
    expect(await db.auditEvent.count({ where: { kind: "invitation.accepted", actorId: person.id } })).toBe(1);
    expect((await getInvitation(token, now))?.status).toBe("used");
    // The sign-in link the browser follows next was made with the acceptance, for this
    // address, into the programme: exactly one, from the one acceptance that stood.
    const accepted = (results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ signInLink: string }>).value;
    const link = new URL(accepted.signInLink);
    expect(link.searchParams.get("email")).toBe("fresh@example.test");
    expect(link.searchParams.get("callbackUrl")).toMatch(new RegExp(`/programmes/${programme.id}$`));
    expect(await db.verificationToken.count({ where: { identifier: "fresh@example.test" } })).toBe(1);
  });

  it("refuses expired and revoked invitations and unknown tokens", async () => {
    const { programme, viewer } = await setup();
    const expired = await invite(viewer, input(programme.id));
    const later = new Date(now.getTime() + 15 * day);
    expect((await getInvitation(expired.token, later))?.status).toBe("expired");
    await expect(acceptInvitation({ token: expired.token, consentToSharePhone: false }, later)).rejects.toBeInstanceOf(NotFoundError);

    const revoked = await invite(viewer, input(programme.id));
    await revokeInvitation(viewer, { programmeId: programme.id, invitationId: revoked.id }, now);
    expect((await getInvitation(revoked.token, now))?.status).toBe("revoked");
    await expect(acceptInvitation({ token: revoked.token, consentToSharePhone: false }, now)).rejects.toBeInstanceOf(NotFoundError);

    expect(await getInvitation("no-such-token", now)).toBeNull();
    await expect(acceptInvitation({ token: "no-such-token", consentToSharePhone: false }, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.membership.count({ where: { programmeId: programme.id } })).toBe(2);
  });

  it("reuses an existing person and reactivates a membership that had ended", async () => {
    const { programme, viewer, ally } = await setup();
    await db.membership.update({ where: { id: ally.membership.id }, data: { leftAt: now } });
    const { token } = await invite(viewer, { ...input(programme.id, ally.person.email), role: "POLICE_LIAISON", party: "POLICE" }, now);
    const before = await db.person.findUniqueOrThrow({ where: { id: ally.person.id }, select: { version: true } });
    await acceptInvitation({ token, phone: "06 1111 2222", consentToSharePhone: true }, now);
    // An account form opened before the acceptance is now "changed meanwhile".
    expect((await db.person.findUniqueOrThrow({ where: { id: ally.person.id } })).version).toBe(before.version + 1);
    const memberships = await db.membership.findMany({ where: { personId: ally.person.id } });
    expect(memberships).toHaveLength(1);
    expect(memberships[0]).toMatchObject({ id: ally.membership.id, leftAt: null, role: "POLICE_LIAISON", party: "POLICE" });
    expect(await db.person.count({ where: { email: ally.person.email } })).toBe(1);
  });
});

describe("acceptInvitation by someone already a member", () => {
  it("spends an old invitation but leaves an active membership as it is: a coordinator is never demoted by an ALLY link", async () => {
    const { programme, viewer, coordinator } = await setup();
    const { token } = await invite(viewer, input(programme.id, "later-coordinator@example.test"), now);
    const newcomer = await createMember(db, { programmeId: programme.id, party: "POLICE", role: "COORDINATOR", person: { email: "later-coordinator@example.test" } });
    // The programme's other coordinator leaves: the newcomer is now its only one.
    await db.membership.update({ where: { id: coordinator.membership.id }, data: { leftAt: now } });
    const before = await db.membership.findUniqueOrThrow({ where: { id: newcomer.membership.id } });

    await expect(acceptInvitation({ token, phone: "+31 6 3333 4444", consentToSharePhone: !before.consentToSharePhone }, now)).resolves.toEqual({
      programmeId: programme.id,
      email: "later-coordinator@example.test",
      signInLink: expect.stringContaining("/api/auth/callback/email?"),
    });
    expect(await db.membership.findUniqueOrThrow({ where: { id: newcomer.membership.id } })).toEqual(before);
    expect((await getInvitation(token, now))?.status).toBe("used");
    expect(await db.auditEvent.count({ where: { kind: "invitation.accepted", subjectId: newcomer.membership.id } })).toBe(1);
  });

  it("two invitations to the same new address accepted at the same moment: one person, both memberships", async () => {
    for (let round = 0; round < 5; round++) {
      const first = await setup();
      const second = await setup();
      const email = `twice-${round}-${Math.random().toString(36).slice(2)}@example.test`;
      const a = await invite(first.viewer, input(first.programme.id, email));
      const b = await invite(second.viewer, { ...input(second.programme.id, email), role: "POLICE_LIAISON", party: "POLICE" });
      const results = await Promise.allSettled([
        acceptInvitation({ token: a.token, consentToSharePhone: false }, now),
        acceptInvitation({ token: b.token, consentToSharePhone: false }, now),
      ]);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
      const person = await db.person.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
      expect(person.memberships.map((m) => [m.programmeId, m.role]).sort()).toEqual(
        [
          [first.programme.id, "ALLY"],
          [second.programme.id, "POLICE_LIAISON"],
        ].sort(),
      );
    }
  });
});

describe("resendInvitation and revokeInvitation", () => {
  it("resend replaces the token (old link dead), renews the expiry and queues a new e-mail", async () => {
    const { programme, viewer } = await setup();
    const first = await invite(viewer, input(programme.id, "again@example.test"));
    const later = new Date(now.getTime() + 10 * day);
    await resendInvitation(viewer, { programmeId: programme.id, invitationId: first.id }, later);
    // The old link ends at the resend, before the new e-mail is even sent.
    expect(await getInvitation(first.token, later)).toBeNull();
    const invitation = await db.invitation.findUniqueOrThrow({ where: { id: first.id } });
    expect(invitation.expiresAt.getTime()).toBe(later.getTime() + 14 * day);
    const emails = await db.email.findMany({ where: { to: "again@example.test" } });
    expect(emails).toHaveLength(2);
    expect(emails.every((e) => e.subject.startsWith("Je bent uitgenodigd"))).toBe(true);
    const second = /\/invitations\/([\w-]{43})/.exec((await box.lastTo("again@example.test")).text)![1]!;
    expect(second).not.toBe(first.token);
    expect((await getInvitation(second, later))?.status).toBe("valid");
  });

  it("is denied to another programme's coordinator and revokes only pending invitations", async () => {
    const { programme, viewer } = await setup();
    const other = await setup();
    const invitation = input(programme.id);
    const { id } = await inviteMember(viewer, invitation, now);
    await expect(revokeInvitation(other.viewer, { programmeId: programme.id, invitationId: id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeInvitation(other.viewer, { programmeId: other.programme.id, invitationId: id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(resendInvitation(other.viewer, { programmeId: other.programme.id, invitationId: id })).rejects.toBeInstanceOf(NotFoundError);
    await revokeInvitation(viewer, { programmeId: programme.id, invitationId: id });
    await expect(revokeInvitation(viewer, { programmeId: programme.id, invitationId: id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getMemberDirectory(viewer, programme.id)).invitations).toEqual([]);
    // Revoked before its e-mail was sent: the e-mail is not sent.
    expect((await box.send()).filter((m) => m.to === invitation.email)).toEqual([]);
  });
});
