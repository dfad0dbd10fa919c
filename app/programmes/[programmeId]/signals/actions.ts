"use server";

import { redirect } from "next/navigation";
import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";
import { followUpSignal, type FollowUp } from "@/lib/signals/follow-up-signal";
import { addSignalArea, setSignalAreaArchived } from "@/lib/signals/manage-signal-areas";
import { reportSignal } from "@/lib/signals/report-signal";
import { addSignalAreaInput, archiveSignalAreaInput, followUpSignalInput, reportSignalInput, signalSettingsInput } from "@/lib/signals/signal-input";
import { updateSignalSettings } from "@/lib/signals/update-signal-settings";

export const reportSignalAction = serverAction(reportSignalInput, async (viewer, { programmeId, ...fields }) => {
  const signal = await reportSignal(viewer, programmeId, fields);
  refreshPages();
  redirect(`/programmes/${programmeId}/signals/${signal.id}?reported=1`);
});

export const followUpSignalAction = serverAction(followUpSignalInput, async (viewer, { programmeId, signalId, version, kind, actionTitle, leadParty, actionId, note }) => {
  const followUp: FollowUp =
    kind === "agenda" ? { kind } : kind === "newAction" ? { kind, actionTitle, leadParty } : kind === "linkAction" ? { kind, actionId } : { kind, note };
  try {
    await followUpSignal(viewer, programmeId, signalId, version, followUp);
  } finally {
    refreshPages();
  }
  return { ok: true, message: "followedUp" };
});

export const addSignalAreaAction = serverAction(addSignalAreaInput, async (viewer, { programmeId, name }) => {
  await addSignalArea(viewer, programmeId, name);
  refreshPages();
  return { ok: true, message: "areaAdded" };
});

export const setSignalAreaArchivedAction = serverAction(archiveSignalAreaInput, async (viewer, { programmeId, areaId, archived }) => {
  await setSignalAreaArchived(viewer, programmeId, areaId, archived);
  refreshPages();
});

export const updateSignalSettingsAction = serverAction(signalSettingsInput, async (viewer, { programmeId, version, ...fields }) => {
  try {
    await updateSignalSettings(viewer, programmeId, version, fields);
  } finally {
    refreshPages();
  }
  return { ok: true, message: "saved" };
});
