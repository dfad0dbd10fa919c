import { addDays } from "date-fns";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createPlanVersion } from "./factories";

// The demo programme's plan (two versions: history) and its ten-point readiness, partly filled in.
export async function seedDemoPlan(tx: Prisma.TransactionClient, input: { programmeId: string; coordinatorId: string; topicIds: Record<"POLARISATION" | "NUISANCE" | "POVERTY" | "RADICALISATION", string>; now: Date }) {
  const { programmeId, coordinatorId, topicIds, now } = input;
  const roles = {
    policeRole: "Karim is the first contact for worries in the street; the team joins one youth activity a month.",
    municipalityRole: "Sanne coordinates the dinners and reports to the council; youth work and the food bank are the municipality's.",
    communityRole: "Allies share official information in their networks and tell us early when tension rises.",
  };
  await createPlanVersion(tx, { programmeId, version: 1, vision: "Police, municipality and residents of the Schilderswijk know each other by name.", authorId: coordinatorId, createdAt: addDays(now, -400), ...roles });
  await createPlanVersion(tx, {
    programmeId,
    version: 2,
    vision: "Police, municipality and residents of the Schilderswijk know each other by name and act together before tensions grow.",
    goals: {
      [topicIds.POLARISATION]: "Two joint activities after tense events, each within two weeks.",
      [topicIds.NUISANCE]: "Fewer complaints about scooters on the Hoefkade than last year.",
      [topicIds.POVERTY]: "Every ally knows the way to the food bank and debt help.",
    },
    authorId: coordinatorId,
    createdAt: addDays(now, -60),
    ...roles,
  });
  await tx.readinessPoint.createMany({
    data: [
      { programmeId, point: 1, status: "DONE", notes: "The municipal coordinator is the contact person; the police liaison is the backup.", reviewedAt: addDays(now, -60) },
      { programmeId, point: 2, status: "IN_PROGRESS", notes: "Contacts with two mosques and the Somali association; the Turkish association next.", reviewedAt: addDays(now, -60) },
      { programmeId, point: 7, status: "IN_PROGRESS", notes: "Yearly report to the council, without personal data.", reviewedAt: addDays(now, -60) },
      { programmeId, point: 8, status: "DONE", reviewedAt: addDays(now, -60) },
    ],
  });
}
