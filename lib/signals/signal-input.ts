import { ActionLead, SignalSource, Visibility } from "@/lib/generated/prisma/enums";
import { checkbox, form, id, oneOf, submissionKey, optionalId, optionalWholeNumber, text, token, version, wholeNumber } from "@/lib/forms/fields";

// What the signal forms post (docs/conventions.md "How to add a screen", step 4).
export const levelChoices = ["1", "2", "3", "4", "5"] as const;
const level = oneOf(levelChoices).transform(Number);

export const reportSignalInput = form({
  programmeId: id,
  topicId: optionalId,
  // "" = the whole neighbourhood.
  areaId: optionalId,
  text: text(500, { required: true }),
  source: oneOf(SignalSource),
  level,
  visibility: oneOf(Visibility).default("ALL_MEMBERS"),
  submissionKey,
});

export const followUpKinds = ["agenda", "newAction", "linkAction", "close"] as const;

// One form per follow-up; `kind` says which (the button pressed).
export const followUpSignalInput = form({
  programmeId: id,
  signalId: id,
  version,
  kind: oneOf(followUpKinds),
  actionTitle: text(200),
  leadParty: oneOf(ActionLead).default("JOINT"),
  actionId: optionalId,
  note: text(500),
});

export const addSignalAreaInput = form({ programmeId: id, name: text(80, { required: true }) });
export const archiveSignalAreaInput = form({ programmeId: id, areaId: id, archived: oneOf(["true", "false"]).transform((v) => v === "true") });

export const signalSettingsInput = form({
  programmeId: id,
  // 0: the programme still has the defaults (no settings row yet).
  version: wholeNumber(0, 2_147_483_647),
  // Empty: the pulse is off.
  pulseEveryDays: optionalWholeNumber(7, 90),
  alertLevel: wholeNumber(2, 5),
  retentionMonths: wholeNumber(1, 60),
});

export const answerPulseInput = form({
  token,
  level,
  remark: text(300),
});

export const eraseSignalTextsInput = { eraseSignalTexts: checkbox };
