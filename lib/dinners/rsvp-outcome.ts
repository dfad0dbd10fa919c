import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { RsvpResponse } from "@/lib/generated/prisma/enums";

// What became of an answer given with the answer buttons. The answer form redirects back to
// the page it was posted from with `?rsvp=<outcome>&rsvpDinner=<id>`, and that page says it
// (with JavaScript and without: the same redirect either way).
export const rsvpOutcomes = ["saved", "dinnerCancelled", "dinnerMoved", "answersClosed"] as const;
export type RsvpOutcome = (typeof rsvpOutcomes)[number];

export function withRsvpOutcome(returnTo: string, outcome: RsvpOutcome, dinnerId: string): string {
  const url = new URL(safeRedirectPath(returnTo), "http://allies.invalid");
  url.searchParams.delete("answer");
  url.searchParams.set("rsvp", outcome);
  url.searchParams.set("rsvpDinner", dinnerId);
  return `${url.pathname}${url.search}#answer`;
}

export function readRsvpOutcome(params: { rsvp?: string | string[]; rsvpDinner?: string | string[] }): { outcome: RsvpOutcome; dinnerId: string } | undefined {
  const outcome = rsvpOutcomes.find((o) => o === params.rsvp);
  const dinnerId = typeof params.rsvpDinner === "string" && /^[a-z0-9]{1,40}$/i.test(params.rsvpDinner) ? params.rsvpDinner : undefined;
  return outcome && dinnerId ? { outcome, dinnerId } : undefined;
}

// Signed out when answering: sign in, then land on the dinner with the answer waiting to be
// confirmed with one press (a GET never records anything).
export function signInKeepingAnswer(programmeId: string, dinnerId: string, response: RsvpResponse): string {
  const back = `/programmes/${programmeId}/dinners/${dinnerId}?answer=${response}&kept=1`;
  return `/signin?callbackUrl=${encodeURIComponent(back)}`;
}
