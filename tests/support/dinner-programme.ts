import { db } from "@/lib/db";
import { createMember, createProgramme } from "@/lib/demo/factories";
import { viewerOf } from "./viewers";

// A programme with one member per role and party, plus a coordinator of another programme.
export async function dinnerProgramme(programmeData: { policeMayPlanDinners?: boolean; dinnersPerYearTarget?: number } = {}) {
  const programme = await createProgramme(db, programmeData);
  const coordinator = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR", person: { name: "Sanne de Vries" } });
  const police = await createMember(db, { programmeId: programme.id, party: "POLICE", role: "POLICE_LIAISON", person: { name: "Karim El Idrissi" } });
  const ally = await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "ALLY", person: { name: "Fatma Yilmaz", locale: "nl", dietaryNeeds: "Halal" } });
  const other = await createProgramme(db);
  const outsider = await createMember(db, { programmeId: other.id, party: "MUNICIPALITY", role: "COORDINATOR" });
  return {
    programme,
    other,
    coordinator,
    police,
    ally,
    outsider,
    as: {
      coordinator: () => viewerOf(coordinator.person.id),
      police: () => viewerOf(police.person.id),
      ally: () => viewerOf(ally.person.id),
      outsider: () => viewerOf(outsider.person.id),
    },
  };
}
