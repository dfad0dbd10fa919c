"use server";

import { acceptAgreementInput, protocolParties, saveAgreementInput, saveProtocolInput } from "@/lib/incidents/incident-input";
import { acceptSharingAgreement } from "@/lib/incidents/accept-sharing-agreement";
import { saveProtocol } from "@/lib/incidents/save-protocol";
import { saveSharingAgreement } from "@/lib/incidents/save-sharing-agreement";
import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";

export const saveProtocolAction = serverAction(saveProtocolInput, async (viewer, input) => {
  const fields = input as unknown as Record<string, string | null>;
  const parties = protocolParties.map((party) => ({
    party,
    firstContactId: fields[`${party}_firstContactId`] ?? null,
    backupId: fields[`${party}_backupId`] ?? null,
    firstHour: fields[`${party}_firstHour`] ?? "",
    firstDay: fields[`${party}_firstDay`] ?? "",
  }));
  try {
    await saveProtocol(viewer, input.programmeId, input.basedOn, parties);
  } finally {
    refreshPages();
  }
  return { ok: true, message: "protocolSaved" };
});

export const saveAgreementAction = serverAction(saveAgreementInput, async (viewer, { programmeId, basedOn, text }) => {
  try {
    await saveSharingAgreement(viewer, programmeId, basedOn, text);
  } finally {
    refreshPages();
  }
  return { ok: true, message: "agreementSaved" };
});

export const acceptAgreementAction = serverAction(acceptAgreementInput, async (viewer, { programmeId, agreementId }) => {
  await acceptSharingAgreement(viewer, programmeId, agreementId);
  refreshPages();
  return { ok: true, message: "agreementAccepted" };
});
