import type { Party } from "@/lib/generated/prisma/enums";

// The three statements of the trust check, in this order, each answered 1 (disagree
// strongly) … 5 (agree strongly). The texts are in trust.json (en, nl) and emails.json.
export const trustStatements = ["keepsPromises", "wouldCall", "speakFreely"] as const;
export type TrustStatement = (typeof trustStatements)[number];
export const trustScale = ["1", "2", "3", "4", "5"] as const;

// Results of a group (a party, or everyone) are shown only from this many answers on, so
// that nobody's answer can be read off a small group.
export const trustThreshold = 3;

// How long after a dinner the check can be answered (link and start-page card).
export const trustCheckLifetimeDays = 21;

export const trustParties: readonly Party[] = ["POLICE", "MUNICIPALITY", "COMMUNITY"];

export type TrustAnswers = Record<TrustStatement, number | null>;
