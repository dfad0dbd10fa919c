// The demo people a newcomer can sign in as with one click (demo mode only). Kept apart
// from the seeding so the sign-in page and route do not pull the whole seed into their bundle.
export const demoAccounts = [
  { key: "coordinator", email: "coordinator@allies.demo", name: "Sanne de Vries" },
  { key: "police", email: "police@allies.demo", name: "Karim El Idrissi" },
  { key: "ally", email: "ally@allies.demo", name: "Fatma Yılmaz" },
  { key: "admin", email: "admin@allies.demo", name: "Site admin" },
  { key: "other", email: "other@allies.demo", name: "Noah Peeters" },
  { key: "regional", email: "regional@allies.demo", name: "Regional coordinator" },
] as const;

export type DemoAccountKey = (typeof demoAccounts)[number]["key"];

export function demoSignInHints(baseUrl = "http://localhost:3000"): string[] {
  return [
    `Sign in at ${baseUrl}/signin and pick a demo role with one click:`,
    ...demoAccounts.map((a) => `  ${a.key.padEnd(12)} ${a.name} <${a.email}>`),
  ];
}
