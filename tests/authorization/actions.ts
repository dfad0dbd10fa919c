import type { DemoIds } from "./demo-ids";
import { members, signedIn, type Caller } from "./roles";

// Every server action (`app/**/actions.ts` export), who may call it, and a valid input
// for the demo programme. Callers not listed must get { ok: false, message: "notFound" }
// (or "signedOut") and change nothing. The same inputs, made hostile, are sent by the
// bad-input test. An action missing here fails the matrix test.
export type ActionEntry = {
  action: string;
  allow: readonly Caller[] | "public";
  input: (ids: DemoIds) => Record<string, string | string[]>;
};

export const actionMatrix: ActionEntry[] = [
  { action: "app/signin/actions.ts#requestSignIn", allow: "public", input: () => ({ email: "els@allies.demo" }) },
  { action: "app/signin/actions.ts#signOut", allow: "public", input: () => ({}) },
  { action: "app/signin/actions.ts#chooseLanguage", allow: "public", input: () => ({ locale: "nl", returnTo: "/" }) },
  { action: "app/signin/actions.ts#signOutEverywhereAction", allow: signedIn, input: () => ({}) },
];

void members;
