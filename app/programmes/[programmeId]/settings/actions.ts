"use server";

import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";
import { programmeSettingsInput } from "@/lib/programmes/programme-settings-input";
import { updateProgrammeSettings } from "@/lib/programmes/update-programme-settings";

export const updateProgrammeSettingsAction = serverAction(programmeSettingsInput, async (viewer, { programmeId, ...settings }) => {
  await updateProgrammeSettings(viewer, programmeId, settings);
  refreshPages();
  return { ok: true, message: "saved" };
});
