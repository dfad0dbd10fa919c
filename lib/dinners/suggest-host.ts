import type { Party } from "@/lib/generated/prisma/enums";
import { parties } from "./party-balance";

// Host rotation: the party that hosted least recently (never hosted comes first;
// ties in the order police, municipality, community). `recent` is any order.
export function suggestHost(recent: readonly { hostParty: Party | null; startsAt: Date }[]): Party {
  const lastHosted = new Map<Party, number>();
  for (const dinner of recent) {
    if (!dinner.hostParty) continue;
    const time = dinner.startsAt.getTime();
    if ((lastHosted.get(dinner.hostParty) ?? -Infinity) < time) lastHosted.set(dinner.hostParty, time);
  }
  let best: Party = parties[0]!;
  let bestTime = Infinity;
  for (const party of parties) {
    const time = lastHosted.get(party) ?? -Infinity;
    if (time < bestTime) {
      best = party;
      bestTime = time;
    }
  }
  return best;
}
