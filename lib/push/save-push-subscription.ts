import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError } from "@/lib/errors";
import { isAllowedPushEndpoint } from "./push-endpoint";

export type PushSubscriptionInput = { endpoint: string; p256dh: string; auth: string; label: string };

// A device opts in (account page). One row per device (endpoint). A device moves to another
// person (a shared phone) only when its browser sends the device's own secret (`auth`): the
// endpoint alone, seen somewhere, must not let anyone take over someone's pushes.
export async function savePushSubscription(viewer: Viewer | null, input: PushSubscriptionInput) {
  const me = requireViewer(viewer);
  if (!isAllowedPushEndpoint(input.endpoint)) throw new FieldError("endpoint", "invalid");
  const device = { personId: me.personId, p256dh: input.p256dh, auth: input.auth, label: input.label };
  const kept = await db.pushSubscription.updateMany({ where: { endpoint: input.endpoint, OR: [{ personId: me.personId }, { auth: input.auth }] }, data: device });
  if (kept.count === 0) {
    const created = await db.pushSubscription.createMany({ data: [{ endpoint: input.endpoint, ...device }], skipDuplicates: true });
    if (created.count === 0) throw new FieldError("endpoint", "invalid");
  }
  return db.pushSubscription.findUniqueOrThrow({ where: { endpoint: input.endpoint }, select: { id: true } });
}
