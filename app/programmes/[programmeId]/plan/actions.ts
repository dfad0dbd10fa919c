"use server";

import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";
import { goalPrefix, reviewPlanInput, savePlanInput } from "@/lib/plan/plan-input";
import { reviewProgrammePlan, saveProgrammePlan } from "@/lib/plan/save-programme-plan";

export const saveProgrammePlanAction = serverAction(savePlanInput, async (viewer, { programmeId, version, vision, policeRole, municipalityRole, communityRole, ...rest }) => {
  const goals = Object.fromEntries(
    Object.entries(rest)
      .filter(([name]) => name.startsWith(goalPrefix))
      .map(([name, goal]) => [name.slice(goalPrefix.length), String(goal)]),
  );
  try {
    await saveProgrammePlan(viewer, programmeId, version, { vision, policeRole, municipalityRole, communityRole, goals });
  } finally {
    refreshPages();
  }
  return { ok: true, message: "saved" };
});

export const reviewProgrammePlanAction = serverAction(reviewPlanInput, async (viewer, { programmeId, version }) => {
  await reviewProgrammePlan(viewer, programmeId, version);
  refreshPages();
  return { ok: true, message: "reviewed" };
});
