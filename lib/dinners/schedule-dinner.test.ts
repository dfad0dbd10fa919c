import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { FieldError, NotFoundError } from "@/lib/errors";
import { dinnerProgramme } from "@/tests/support/dinner-programme";
import { scheduleDinner } from "./schedule-dinner";

const fields = { startsAt: "2026-12-10T18:30", venueKind: "TOWN_HALL" as const, venueName: "Stadhuis", venueAddress: "Spui 70, Den Haag", hostParty: "MUNICIPALITY" as const, capacity: 12, guestNotes: "Bring an ID" };

describe("scheduleDinner", () => {
  it("stores the time entered in the programme's zone as UTC, ending 2.5 hours later by default", async () => {
    const { programme, as } = await dinnerProgramme();
    const { id } = await scheduleDinner(await as.coordinator(), programme.id, fields);
    const dinner = await db.dinner.findUniqueOrThrow({ where: { id } });
    expect(dinner.startsAt.toISOString()).toBe("2026-12-10T17:30:00.000Z"); // Amsterdam is UTC+1 in winter
    expect(dinner.endsAt.toISOString()).toBe("2026-12-10T20:00:00.000Z");
    expect(dinner).toMatchObject({ status: "PLANNED", venueName: "Stadhuis", hostParty: "MUNICIPALITY", capacity: 12, guestNotes: "Bring an ID", sequence: 0, version: 1 });
  });

  it("takes an explicit end in summer time and refuses an end before the start", async () => {
    const { programme, as } = await dinnerProgramme();
    const { id } = await scheduleDinner(await as.coordinator(), programme.id, { ...fields, startsAt: "2026-06-10T18:00", endsAt: "2026-06-10T21:00" });
    const dinner = await db.dinner.findUniqueOrThrow({ where: { id } });
    expect(dinner.startsAt.toISOString()).toBe("2026-06-10T16:00:00.000Z");
    expect(dinner.endsAt.toISOString()).toBe("2026-06-10T19:00:00.000Z");
    await expect(scheduleDinner(await as.coordinator(), programme.id, { ...fields, endsAt: "2026-12-10T17:00" })).rejects.toMatchObject({ field: "endsAt", messageKey: "endBeforeStart" });
    await expect(scheduleDinner(await as.coordinator(), programme.id, { ...fields, startsAt: "tomorrow" })).rejects.toBeInstanceOf(FieldError);
  });

  it("is for coordinators, and for police liaisons only where the programme allows it", async () => {
    const { programme, as } = await dinnerProgramme();
    await expect(scheduleDinner(await as.ally(), programme.id, fields)).rejects.toBeInstanceOf(NotFoundError);
    await expect(scheduleDinner(await as.police(), programme.id, fields)).rejects.toBeInstanceOf(NotFoundError);
    await expect(scheduleDinner(await as.outsider(), programme.id, fields)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.dinner.count({ where: { programmeId: programme.id } })).toBe(0);

    const permissive = await dinnerProgramme({ policeMayPlanDinners: true });
    await expect(scheduleDinner(await permissive.as.police(), permissive.programme.id, fields)).resolves.toHaveProperty("id");
  });
});
