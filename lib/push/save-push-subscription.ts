import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError } from "@/lib/errors";
import { isAllowedPushEndpoint } from "./push-endpoint";

export type PushSubscriptionInput = { endpoint: string; p256dh: string; auth: string; label: string };

// A device opts in (account page). One row per device (endpoint); a device that moves to
// another person (a shared phone) moves with its endpoint.
export async function savePushSubscription(viewer: Viewer | null, input: PushSubscriptionInput) {
  const me = requireViewer(viewer);
  if (!isAllowedPushEndpoint(input.endpoint)) throw new FieldError("endpoint", "invalid");
  return db.pushSubscription.upsert({
    where: { endpoint: input.endpoint },
    create: { personId: me.personId, endpoint: input.endpoint, p256dh: input.p256dh, auth: input.auth, label: input.label },
    update: { personId: me.personId, p256dh: input.p256dh, auth: input.auth, label: input.label },
    select: { id: true },
  });
}
