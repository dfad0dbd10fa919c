import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/viewer";
import { createMember, createPerson, createProgramme } from "@/lib/demo/factories";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { endMembership } from "./end-membership";
import { getMemberDirectory } from "./get-member-directory";
import { getMembership } from "./get-membership";
import { setGroupChatUrl } from "./set-group-chat-url";
import { updateMembership } from "./update-membership";

async function setup() {
  const programme = await createProgramme(db);
  const coordinator = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR", person: { phone: "+31 6 0000 0001" } });
  const sharing = await createMember(db, { programmeId: programme.id, consentToSharePhone: true, organisation: "Moskee", person: { name: "Aa Sharing", phone: "+31 6 0000 0002" } });
  const private_ = await createMember(db, { programmeId: programme.id, consentToSharePhone: false, person: { name: "Bb Private", phone: "+31 6 0000 0003" } });
  return { programme, coordinator, sharing, private_, viewer: await viewerOf(coordinator.person.id) };
}

describe("getMemberDirectory", () => {
  it("shows active members, phones only of those who consented, and audits that contacts were shown", async () => {
    const { programme, coordinator, sharing, private_ } = await setup();
    const left = await createMember(db, { programmeId: programme.id, consentToSharePhone: true, person: { name: "Cc Left", phone: "+31 6 0000 0004" } });
    await db.membership.update({ where: { id: left.membership.id }, data: { leftAt: new Date() } });

    const ally = await viewerOf(private_.person.id);
    const directory = await getMemberDirectory(ally, programme.id);
    expect(directory.members.map((m) => m.name).sort()).toEqual([coordinator.person.name, "Aa Sharing", "Bb Private"].sort());
    const byId = new Map(directory.members.map((m) => [m.personId, m]));
    expect(byId.get(sharing.person.id)).toMatchObject({ phone: "+31 6 0000 0002", organisation: "Moskee", party: "COMMUNITY", role: "ALLY" });
    expect(byId.get(private_.person.id)?.phone).toBeNull();
    expect(byId.get(coordinator.person.id)?.phone).toBeNull();
    expect(directory.canManage).toBe(false);
    expect(JSON.stringify(directory)).not.toContain("+31 6 0000 0003");
    const audit = await db.auditEvent.findMany({ where: { kind: "directory.contacts-viewed", actorId: private_.person.id, programmeId: programme.id } });
    expect(audit.map((event) => event.data)).toEqual([{ phones: 1 }]);
  });

  it("records nothing when no phone number is shown (only the viewer's own)", async () => {
    const { programme, sharing, private_ } = await setup();
    await db.membership.update({ where: { id: private_.membership.id }, data: { leftAt: new Date() } });
    await db.membership.updateMany({ where: { programmeId: programme.id, id: { not: sharing.membership.id } }, data: { consentToSharePhone: false } });
    const directory = await getMemberDirectory(await viewerOf(sharing.person.id), programme.id);
    expect(directory.members.find((m) => m.isYou)?.phone).toBe("+31 6 0000 0002");
    expect(await db.auditEvent.count({ where: { kind: "directory.contacts-viewed", programmeId: programme.id } })).toBe(0);
  });

  it("shows nothing to another programme's member, the site admin or an ex-member", async () => {
    const { programme, sharing } = await setup();
    const other = await setup();
    await expect(getMemberDirectory(other.viewer, programme.id)).rejects.toBeInstanceOf(NotFoundError);
    const admin = await createPerson(db, { isAdmin: true });
    await expect(getMemberDirectory(await viewerOf(admin.id), programme.id)).rejects.toBeInstanceOf(NotFoundError);
    await db.membership.update({ where: { id: sharing.membership.id }, data: { leftAt: new Date() } });
    await expect(getMemberDirectory(await viewerOf(sharing.person.id), programme.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditEvent.count({ where: { kind: "directory.contacts-viewed", programmeId: programme.id } })).toBe(0);
  });
});

describe("updateMembership", () => {
  it("changes role, party and organisation, version-checked, and audits", async () => {
    const { programme, viewer, sharing } = await setup();
    expect((await getMembership(viewer, programme.id, sharing.membership.id)).version).toBe(1);
    await updateMembership(viewer, { programmeId: programme.id, membershipId: sharing.membership.id, version: 1, role: "POLICE_LIAISON", party: "POLICE", organisation: "Politie" });
    const changed = await db.membership.findUniqueOrThrow({ where: { id: sharing.membership.id } });
    expect(changed).toMatchObject({ role: "POLICE_LIAISON", party: "POLICE", organisation: "Politie", version: 2 });
    await expect(
      updateMembership(viewer, { programmeId: programme.id, membershipId: sharing.membership.id, version: 1, role: "ALLY", party: "COMMUNITY" }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await db.auditEvent.count({ where: { kind: "membership.role-changed", subjectId: sharing.membership.id } })).toBe(1);
  });

  it("will not demote the last coordinator, but will when another remains", async () => {
    const { programme, viewer, coordinator, sharing } = await setup();
    const demote = { programmeId: programme.id, membershipId: coordinator.membership.id, version: 1, role: "ALLY", party: "MUNICIPALITY" } as const;
    await expect(updateMembership(viewer, demote)).rejects.toBeInstanceOf(FieldError);
    await updateMembership(viewer, { programmeId: programme.id, membershipId: sharing.membership.id, version: 1, role: "COORDINATOR", party: "COMMUNITY" });
    await updateMembership(viewer, demote);
    expect((await db.membership.findUniqueOrThrow({ where: { id: coordinator.membership.id } })).role).toBe("ALLY");
  });

  it("is denied to allies and to another programme's coordinator, even for their own programme's ids", async () => {
    const { programme, sharing, private_ } = await setup();
    const other = await setup();
    const change = { programmeId: programme.id, membershipId: sharing.membership.id, version: 1, role: "COORDINATOR", party: "COMMUNITY" } as const;
    await expect(updateMembership(await viewerOf(private_.person.id), change)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateMembership(other.viewer, change)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateMembership(other.viewer, { ...change, programmeId: other.programme.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMembership(other.viewer, other.programme.id, sharing.membership.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.membership.findUniqueOrThrow({ where: { id: sharing.membership.id } })).role).toBe("ALLY");
  });
});

describe("endMembership", () => {
  it("sets leftAt, keeps the row, removes access at once and audits", async () => {
    const { programme, viewer, sharing } = await setup();
    await endMembership(viewer, { programmeId: programme.id, membershipId: sharing.membership.id, version: 1 });
    const ended = await db.membership.findUniqueOrThrow({ where: { id: sharing.membership.id } });
    expect(ended.leftAt).not.toBeNull();
    expect((await loadViewer(sharing.person.id))?.memberships).toEqual([]);
    expect(await db.auditEvent.count({ where: { kind: "membership.ended", subjectId: sharing.membership.id } })).toBe(1);
    await expect(endMembership(viewer, { programmeId: programme.id, membershipId: sharing.membership.id, version: 2 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("will not end the last coordinator", async () => {
    const { programme, viewer, coordinator } = await setup();
    await expect(endMembership(viewer, { programmeId: programme.id, membershipId: coordinator.membership.id, version: 1 })).rejects.toBeInstanceOf(FieldError);
    expect((await db.membership.findUniqueOrThrow({ where: { id: coordinator.membership.id } })).leftAt).toBeNull();
  });

  it("is denied to another programme's coordinator", async () => {
    const { programme, sharing } = await setup();
    const other = await setup();
    await expect(endMembership(other.viewer, { programmeId: programme.id, membershipId: sharing.membership.id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(endMembership(other.viewer, { programmeId: other.programme.id, membershipId: sharing.membership.id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.membership.findUniqueOrThrow({ where: { id: sharing.membership.id } })).leftAt).toBeNull();
  });
});

describe("setGroupChatUrl", () => {
  it("accepts https links only, version-checked", async () => {
    const { programme, viewer } = await setup();
    await setGroupChatUrl(viewer, { programmeId: programme.id, version: 1, groupChatUrl: "https://chat.whatsapp.com/abc" });
    expect((await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).groupChatUrl).toBe("https://chat.whatsapp.com/abc");
    await expect(setGroupChatUrl(viewer, { programmeId: programme.id, version: 1, groupChatUrl: "https://signal.group/x" })).rejects.toBeInstanceOf(ConflictError);
    for (const bad of ["http://chat.whatsapp.com/abc", "javascript:alert(1)", "https://user:pw@evil.example", "not a url"]) {
      await expect(setGroupChatUrl(viewer, { programmeId: programme.id, version: 2, groupChatUrl: bad })).rejects.toBeInstanceOf(FieldError);
    }
    await setGroupChatUrl(viewer, { programmeId: programme.id, version: 2, groupChatUrl: "" });
    expect((await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).groupChatUrl).toBeNull();
  });

  it("is denied to allies and other programmes' coordinators", async () => {
    const { programme, private_ } = await setup();
    const other = await setup();
    const change = { programmeId: programme.id, version: 1, groupChatUrl: "https://evil.example" };
    await expect(setGroupChatUrl(await viewerOf(private_.person.id), change)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setGroupChatUrl(other.viewer, change)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).groupChatUrl).toBeNull();
  });
});
