"use server";

import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";
import { saveReadinessPointInput } from "@/lib/readiness/readiness-input";
import { saveReadinessPoint } from "@/lib/readiness/save-readiness-point";

export const saveReadinessPointAction = serverAction(saveReadinessPointInput, async (viewer, { programmeId, ...input }) => {
  try {
    await saveReadinessPoint(viewer, programmeId, input);
  } finally {
    refreshPages();
  }
  return { ok: true, message: "saved" };
});
