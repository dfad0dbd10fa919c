import { db } from "@/lib/db";
import { regionalScope, requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

// How many programmes the signed-in person is regional coordinator of (start-page link). One query.
export async function countMyRegionalProgrammes(viewer: Viewer | null): Promise<number> {
  const me = requireViewer(viewer);
  return db.programme.count({ where: regionalScope(me) });
}
