"use server";

import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";
import { saveRetentionInput } from "@/lib/privacy/retention-input";
import { saveRetentionChoices } from "@/lib/privacy/save-retention-choices";

export const saveRetentionChoicesAction = serverAction(saveRetentionInput, async (viewer, { programmeId, version, ...days }) => {
  await saveRetentionChoices(viewer, programmeId, version, days);
  refreshPages();
  return { ok: true, message: "saved" };
});
