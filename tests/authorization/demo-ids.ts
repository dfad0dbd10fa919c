import type { Db } from "@/lib/db/client";

// Ids of demo rows that matrix entries put into paths and inputs. Add what you need.
export async function loadDemoIds(db: Db) {
  const programme = await db.programme.findFirstOrThrow({ where: { name: "Allies Schilderswijk" }, select: { id: true } });
  const otherProgramme = await db.programme.findFirstOrThrow({ where: { name: "Allies Transvaal" }, select: { id: true } });
  const nextDinner = await db.dinner.findFirstOrThrow({ where: { programmeId: programme.id, status: "PLANNED" }, orderBy: { startsAt: "asc" }, select: { id: true } });
  const heldDinner = await db.dinner.findFirstOrThrow({ where: { programmeId: programme.id, status: "HELD" }, orderBy: { startsAt: "desc" }, select: { id: true } });
  const otherDinner = await db.dinner.findFirstOrThrow({ where: { programmeId: otherProgramme.id }, select: { id: true } });
  const action = await db.action.findFirstOrThrow({ where: { programmeId: programme.id, title: "Parents' evening on online safety" }, select: { id: true, version: true } });
  const topic = await db.topic.findFirstOrThrow({ where: { programmeId: programme.id, key: "POLARISATION" }, select: { id: true } });
  const otherTopic = await db.topic.findFirstOrThrow({ where: { programmeId: otherProgramme.id, key: "POLARISATION" }, select: { id: true } });
  const allyMembership = await db.membership.findFirstOrThrow({ where: { programmeId: programme.id, person: { email: "els@allies.demo" } }, select: { id: true } });
  return {
    programmeId: programme.id,
    otherProgrammeId: otherProgramme.id,
    nextDinnerId: nextDinner.id,
    heldDinnerId: heldDinner.id,
    otherDinnerId: otherDinner.id,
    actionId: action.id,
    actionVersion: String(action.version),
    topicId: topic.id,
    otherTopicId: otherTopic.id,
    allyMembershipId: allyMembership.id,
  };
}

export type DemoIds = Awaited<ReturnType<typeof loadDemoIds>>;
