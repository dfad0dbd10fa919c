import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";

// A device opts out: only the viewer's own devices can be removed; anyone else's (or none)
// looks absent.
export async function deletePushSubscription(viewer: Viewer | null, subscriptionId: string) {
  const me = requireViewer(viewer);
  const { count } = await db.pushSubscription.deleteMany({ where: { id: subscriptionId, personId: me.personId } });
  if (count === 0) throw new NotFoundError();
}
