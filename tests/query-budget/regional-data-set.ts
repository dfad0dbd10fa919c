import { randomUUID } from "node:crypto";
import { addDays } from "date-fns";
import { db } from "@/lib/db";
import { createPerson } from "@/lib/demo/factories";
import { viewerOf } from "@/tests/support/viewers";

// A regional coordinator appointed for `size` programmes, each with two held dinners (one
// with four anonymous trust answers), one planned, and actions of every status. Built with
// createMany, so 1,000 programmes take a second (also used by bench/regional.ts).
export async function regionWithProgrammes(size: number, now: Date) {
  const tag = randomUUID().slice(0, 8);
  const programmes = Array.from({ length: size }, (_, i) => ({ id: `rp-${tag}-${i}`, name: `Region ${tag} ${i}`, municipality: `Gemeente ${i % 7}`, policeTeam: "Team", neighbourhood: `Wijk ${i}` }));
  await db.programme.createMany({ data: programmes });
  const dinners = programmes.flatMap((p, i) => [
    { id: `${p.id}-d1`, programmeId: p.id, startsAt: addDays(now, -90 - (i % 30)), endsAt: addDays(now, -90 - (i % 30)), venueName: "Stadhuis", venueAddress: "Spui 70", status: "HELD" as const },
    { id: `${p.id}-d2`, programmeId: p.id, startsAt: addDays(now, -20 - (i % 10)), endsAt: addDays(now, -20 - (i % 10)), venueName: "Stadhuis", venueAddress: "Spui 70", status: "HELD" as const },
    { id: `${p.id}-d3`, programmeId: p.id, startsAt: addDays(now, 30), endsAt: addDays(now, 30), venueName: "Stadhuis", venueAddress: "Spui 70", status: "PLANNED" as const },
  ]);
  await db.dinner.createMany({ data: dinners });
  await db.trustCheck.createMany({
    data: programmes.flatMap((p) => [2, 3, 4, 5].map((score) => ({ dinnerId: `${p.id}-d2`, party: "COMMUNITY" as const, keepsPromises: score, wouldCall: score, speakFreely: score }))),
  });
  await db.action.createMany({
    data: programmes.flatMap((p) =>
      (["OPEN", "IN_PROGRESS", "DONE", "DROPPED"] as const).map((status) => ({ programmeId: p.id, dinnerId: `${p.id}-d2`, title: `Action ${status}`, leadParty: "JOINT" as const, status, createdAt: addDays(now, -20), completedAt: status === "DONE" ? addDays(now, -5) : null })),
    ),
  });
  const regional = await createPerson(db, { name: `Regional ${tag}` });
  await db.regionalCoordinator.createMany({ data: programmes.map((p) => ({ personId: regional.id, programmeId: p.id })) });
  return { now, viewer: await viewerOf(regional.id) };
}
