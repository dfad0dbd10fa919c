import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner } from "@/lib/demo/factories";
import { NotFoundError } from "@/lib/errors";
import { dinnerProgramme } from "@/tests/support/dinner-programme";
import { getDinnerForm } from "./get-dinner-form";

describe("getDinnerForm", () => {
  it("gives the dinner's values as wall-clock times in the programme's zone and a host suggestion", async () => {
    const world = await dinnerProgramme();
    const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-12-10T17:30:00Z"), hostParty: "POLICE" });
    const form = await getDinnerForm(await world.as.coordinator(), world.programme.id, dinner.id);
    expect(form.dinner).toMatchObject({ id: dinner.id, startsAt: "2026-12-10T18:30", endsAt: "2026-12-10T21:00", version: 1, hostParty: "POLICE" });
    expect((await getDinnerForm(await world.as.coordinator(), world.programme.id)).suggestedHost).toBe("MUNICIPALITY");
  });

  it("is denied to allies and to another programme's coordinator", async () => {
    const world = await dinnerProgramme();
    const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-12-10T17:30:00Z") });
    await expect(getDinnerForm(await world.as.ally(), world.programme.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDinnerForm(await world.as.outsider(), world.programme.id, dinner.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDinnerForm(await world.as.outsider(), world.other.id, dinner.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
