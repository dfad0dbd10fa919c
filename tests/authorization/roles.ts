// The callers every page and server action is tried with. Each signed-in one is a demo
// account (lib/demo/demo-accounts.ts, seeded by lib/demo/seed.ts): outsider = coordinator of another programme only; admin =
// site admin, member of no programme; ally, police, coordinator = members of "Allies Schilderswijk".
// regional = regional coordinator of both demo programmes (figures only: no programme page).
export const callers = ["signedOut", "outsider", "admin", "regional", "ally", "police", "coordinator"] as const;
export type Caller = (typeof callers)[number];

export const demoAccountOf: Record<Exclude<Caller, "signedOut">, string> = {
  outsider: "other@allies.demo",
  admin: "admin@allies.demo",
  regional: "regional@allies.demo",
  ally: "ally@allies.demo",
  police: "police@allies.demo",
  coordinator: "coordinator@allies.demo",
};

export const members = ["ally", "police", "coordinator"] as const satisfies readonly Caller[];
export const signedIn = ["outsider", "admin", "regional", "ally", "police", "coordinator"] as const satisfies readonly Caller[];
