"use server";

import { redirect } from "next/navigation";
import { proposeIncidentInput } from "@/lib/incidents/incident-input";
import { proposeIncident } from "@/lib/incidents/propose-incident";
import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";

export const proposeIncidentAction = serverAction(proposeIncidentInput, async (viewer, { programmeId, ...input }) => {
  const incident = await proposeIncident(viewer, programmeId, input);
  refreshPages();
  redirect(`/programmes/${programmeId}/incidents/${incident.id}`);
});
