import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createProgramme } from "@/lib/demo/factories";
import type { Prisma } from "@/lib/generated/prisma/client";
import { viewerOf } from "@/tests/support/viewers";
import { pictureSignalsSql, pictureSignalsWhere, readableSignalsSql, readableSignalsWhere } from "./signal-visibility";

// The SQL twins must pick exactly the rows the Prisma `where`s pick, for every kind of member.
describe("signal visibility", () => {
  it("the SQL rules select the same signals as the Prisma rules, for professionals and community members", async () => {
    const programme = await createProgramme(db);
    const other = await createProgramme(db);
    const members = {
      coordinator: await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR" }),
      police: await createMember(db, { programmeId: programme.id, party: "POLICE", role: "POLICE_LIAISON" }),
      ally: await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "ALLY" }),
      otherAlly: await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "ALLY" }),
    };
    const signal = (programmeId: string, authorId: string | null, visibility: "ALL_MEMBERS" | "PROFESSIONALS") =>
      db.signal.create({ data: { programmeId, authorId, visibility, text: "Groups at the square", source: "SEEN", level: 3 } });
    await Promise.all([
      signal(programme.id, members.police.membership.id, "PROFESSIONALS"),
      signal(programme.id, members.police.membership.id, "ALL_MEMBERS"),
      signal(programme.id, members.ally.membership.id, "ALL_MEMBERS"),
      // A community member's own professionals-only signal: readable by them, not in their picture.
      signal(programme.id, members.ally.membership.id, "PROFESSIONALS"),
      signal(programme.id, null, "PROFESSIONALS"),
      signal(programme.id, null, "ALL_MEMBERS"),
      signal(other.id, null, "ALL_MEMBERS"),
    ]);
    const byWhere = async (where: Prisma.SignalWhereInput) => (await db.signal.findMany({ where, select: { id: true } })).map((s) => s.id).sort();
    const bySql = async (condition: Prisma.Sql) => (await db.$queryRaw<{ id: string }[]>`SELECT s."id" FROM "Signal" s WHERE ${condition}`).map((s) => s.id).sort();
    const seen: Record<string, number[]> = {};
    for (const [name, member] of Object.entries(members)) {
      const membership = (await viewerOf(member.person.id)).memberships.find((m) => m.programmeId === programme.id)!;
      const readable = await byWhere(readableSignalsWhere(membership));
      const picture = await byWhere(pictureSignalsWhere(membership));
      expect(await bySql(readableSignalsSql(membership, "s"))).toEqual(readable);
      expect(await bySql(pictureSignalsSql(membership, "s"))).toEqual(picture);
      seen[name] = [readable.length, picture.length];
    }
    // The rules themselves: professionals all six of the programme; the ally the three for
    // all members and their own professionals-only one, their picture only the three.
    expect(seen).toEqual({ coordinator: [6, 6], police: [6, 6], ally: [4, 3], otherAlly: [3, 3] });
  });
});
