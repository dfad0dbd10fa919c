import { cache } from "react";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export type DinnerWindow = { startsAt: Date; previousStartsAt: Date | null };

// A dinner's start and the start of the dinner before it (not cancelled): the stretch the
// agenda looks back over for signals and incident reviews. One statement, and once per
// request for the agenda page's loaders together (React's cache; a no-op outside a render).
// Callers have authorized the viewer for the programme; a dinner of another programme is
// not found.
export const getDinnerWindow = cache(async (programmeId: string, dinnerId: string): Promise<DinnerWindow> => {
  const [row] = await db.$queryRaw<DinnerWindow[]>`
    SELECT d."startsAt",
           (SELECT p."startsAt" FROM "Dinner" p
            WHERE p."programmeId" = d."programmeId" AND p."status" <> 'CANCELLED' AND p."startsAt" < d."startsAt"
            ORDER BY p."startsAt" DESC LIMIT 1) AS "previousStartsAt"
    FROM "Dinner" d
    WHERE d."id" = ${dinnerId} AND d."programmeId" = ${programmeId}`;
  if (!row) throw new NotFoundError();
  return row;
});
