import { db } from "@/lib/db";
import { requireAdmin } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

// Site admin only: every programme with its number of active members.
export async function listProgrammes(viewer: Viewer | null) {
  requireAdmin(viewer);
  const [programmes, counts] = await Promise.all([
    db.programme.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, municipality: true, neighbourhood: true } }),
    db.membership.groupBy({ by: ["programmeId"], where: { leftAt: null }, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((c) => [c.programmeId, c._count._all]));
  return programmes.map((p) => ({ ...p, members: countOf.get(p.id) ?? 0 }));
}
