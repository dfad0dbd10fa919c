import webpush from "web-push";
import { db } from "@/lib/db";
import { isAllowedPushEndpoint } from "./push-endpoint";
import { vapidKeys } from "./vapid-keys";

// Sends what waits in the push outbox, each row claimed with SKIP LOCKED (like e-mail). The
// web-push library signs the VAPID JWT and encrypts the payload (RFC 8291, aes128gcm); the
// request itself goes out through fetch. A subscription the push service says is gone
// (404/410) is deleted with its messages.
export async function deliverPendingPush(limit = 20): Promise<number> {
  let sent = 0;
  // A row that failed is retried by the next run, not again in this one.
  const tried: string[] = [];
  for (let i = 0; i < limit; i++) {
    const done = await db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string; payload: string; subscriptionId: string; endpoint: string; p256dh: string; auth: string }[]>`
        SELECT m.id, m.payload, m."subscriptionId", s.endpoint, s.p256dh, s.auth
        FROM "PushMessage" m JOIN "PushSubscription" s ON s.id = m."subscriptionId"
        WHERE m."sentAt" IS NULL AND m.attempts < 5 AND NOT (m.id = ANY(${tried}::text[]))
        ORDER BY m."createdAt" LIMIT 1 FOR UPDATE OF m SKIP LOCKED`;
      if (!row) return null;
      tried.push(row.id);
      const outcome = await send(row);
      if (outcome === "gone") {
        await tx.pushSubscription.delete({ where: { id: row.subscriptionId } });
      } else if (outcome === "sent") {
        await tx.pushMessage.update({ where: { id: row.id }, data: { sentAt: new Date(), attempts: { increment: 1 } } });
      } else {
        await tx.pushMessage.update({ where: { id: row.id }, data: { attempts: { increment: 1 }, lastError: outcome.error.slice(0, 500) } });
      }
      return row.id;
    });
    if (!done) break;
    sent++;
  }
  return sent;
}

async function send(row: { payload: string; endpoint: string; p256dh: string; auth: string }): Promise<"sent" | "gone" | { error: string }> {
  if (!isAllowedPushEndpoint(row.endpoint)) return "gone";
  const keys = vapidKeys();
  try {
    const request = webpush.generateRequestDetails({ endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } }, row.payload, {
      vapidDetails: { subject: keys.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
      TTL: 60 * 60 * 12,
      contentEncoding: "aes128gcm",
      urgency: "high",
    });
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body ? new Uint8Array(request.body) : undefined,
      redirect: "error",
      signal: AbortSignal.timeout(10_000),
    });
    if (response.status === 404 || response.status === 410) return "gone";
    if (!response.ok) return { error: `HTTP ${response.status}` };
    return "sent";
  } catch (error) {
    return { error: String(error) };
  }
}
