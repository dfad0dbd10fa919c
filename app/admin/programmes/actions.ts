"use server";

import { appointCoordinator } from "@/lib/admin/appoint-coordinator";
import { appointRegionalCoordinator } from "@/lib/admin/appoint-regional-coordinator";
import { appointRegionalInput } from "@/lib/admin/regional-input";
import { createProgramme } from "@/lib/admin/create-programme";
import { appointCoordinatorInput, createProgrammeInput } from "@/lib/admin/programme-input";
import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";

export const createProgrammeAction = serverAction(createProgrammeInput, async (viewer, input) => {
  await createProgramme(viewer, input);
  refreshPages();
  return { ok: true, message: "created" };
});

export const appointCoordinatorAction = serverAction(appointCoordinatorInput, async (viewer, input) => {
  await appointCoordinator(viewer, input);
  refreshPages();
  return { ok: true, message: "appointed" };
});

export const appointRegionalAction = serverAction(appointRegionalInput, async (viewer, input) => {
  await appointRegionalCoordinator(viewer, input);
  refreshPages();
  return { ok: true, message: "appointed" };
});
