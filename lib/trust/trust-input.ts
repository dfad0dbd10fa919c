import { z } from "zod";
import { form, id, oneOf, token } from "@/lib/forms/fields";
import { trustScale, type TrustAnswers } from "./statements";

// One statement's answer: "1".."5", or nothing (skipped).
const answer = z.union([oneOf(trustScale), z.literal("")]).optional().transform((value) => (value ? Number(value) : null));

const answers = {
  keepsPromises: answer,
  wouldCall: answer,
  speakFreely: answer,
};

const atLeastOne = (value: TrustAnswers) => value.keepsPromises !== null || value.wouldCall !== null || value.speakFreely !== null;

// The start-page card (signed in).
export const answerTrustCheckInput = form({ programmeId: id, dinnerId: id, ...answers }).refine(atLeastOne, { message: "answerOne", path: ["keepsPromises"] });

// The e-mailed link's page (the token in the path is the credential).
export const trustTokenParams = z.object({ token });
export const answerTrustCheckByTokenInput = form(answers).refine(atLeastOne, { message: "answerOne", path: ["keepsPromises"] });

// What the e-mail's one-tap link preselects: `?keepsPromises=4`.
export const trustPreselectQuery = form(answers).partial();
