import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { vapidKeys } from "./vapid-keys";

// The account page's push section: the server's public key (the browser needs it to
// subscribe) and the viewer's devices that opted in. One query.
export async function getPushSettings(viewer: Viewer | null) {
  const me = requireViewer(viewer);
  const devices = await db.pushSubscription.findMany({ where: { personId: me.personId }, orderBy: { createdAt: "asc" }, select: { id: true, label: true, createdAt: true } });
  return { publicKey: vapidKeys().publicKey, devices };
}
