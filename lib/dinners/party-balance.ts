import type { Party } from "@/lib/generated/prisma/enums";

export type PartyBalance = Record<Party, number>;

export const parties: readonly Party[] = ["POLICE", "MUNICIPALITY", "COMMUNITY"];

// How many of each party: the three-party balance of a dinner.
export function partyBalance(rows: readonly { party: Party }[]): PartyBalance {
  const balance: PartyBalance = { POLICE: 0, MUNICIPALITY: 0, COMMUNITY: 0 };
  for (const row of rows) balance[row.party] += 1;
  return balance;
}
