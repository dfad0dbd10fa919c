import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createProgramme } from "@/lib/demo/factories";
import { FieldError, NotFoundError } from "@/lib/errors";
import { startTestPushService } from "@/tests/support/test-push-service";
import { viewerOf } from "@/tests/support/viewers";
import { deliverPendingPush } from "./deliver-push";
import { getPushSettings } from "./get-push-settings";
import { queuePush } from "./queue-push";
import { savePushSubscription } from "./save-push-subscription";
import { deletePushSubscription } from "./delete-push-subscription";

// The app's VAPID keys for this file (vapidKeys() reads them from the environment).
const keys = webpush.generateVAPIDKeys();
process.env.VAPID_PUBLIC_KEY = keys.publicKey;
process.env.VAPID_PRIVATE_KEY = keys.privateKey;

let service: Awaited<ReturnType<typeof startTestPushService>>;
beforeAll(async () => {
  service = await startTestPushService({ vapidPublicKey: keys.publicKey });
});
afterAll(() => service.close());

async function member() {
  const programme = await createProgramme(db);
  const { person } = await createMember(db, { programmeId: programme.id });
  return { person, viewer: await viewerOf(person.id) };
}

describe("Web Push", () => {
  it("delivers a queued message: VAPID-signed for the endpoint's origin, encrypted for the subscription (RFC 8291)", async () => {
    const { viewer } = await member();
    const browser = service.subscribe();
    const { id } = await savePushSubscription(viewer, { endpoint: browser.endpoint, p256dh: browser.keys.p256dh, auth: browser.keys.auth, label: "Phone" });
    await queuePush([{ dedupeKey: `test:${id}`, subscriptionId: id, payload: { title: "Incident", body: "Tension 4/5", url: "http://localhost/x" } }]);
    await queuePush([{ dedupeKey: `test:${id}`, subscriptionId: id, payload: { title: "Again", body: "", url: "" } }]);

    expect(await deliverPendingPush()).toBe(1);
    expect(service.refused).toEqual([]);
    const got = service.received.filter((r) => r.subscriptionId === browser.id);
    expect(got).toHaveLength(1);
    expect(JSON.parse(got[0]!.payload)).toEqual({ title: "Incident", body: "Tension 4/5", url: "http://localhost/x" });
    expect(got[0]!.claims.aud).toBe(service.origin);
    expect(await db.pushMessage.findFirstOrThrow({ where: { subscriptionId: id } })).toMatchObject({ attempts: 1, lastError: null });
    expect((await db.pushMessage.findFirstOrThrow({ where: { subscriptionId: id } })).sentAt).not.toBeNull();
    // Nothing left to send.
    expect(await deliverPendingPush()).toBe(0);
  });

  it("the test push service refuses a message signed with another key, and the app records the failure", async () => {
    const { viewer } = await member();
    const other = await startTestPushService({ vapidPublicKey: webpush.generateVAPIDKeys().publicKey });
    try {
      const browser = other.subscribe();
      const { id } = await savePushSubscription(viewer, { endpoint: browser.endpoint, p256dh: browser.keys.p256dh, auth: browser.keys.auth, label: "" });
      await queuePush([{ dedupeKey: `wrong:${id}`, subscriptionId: id, payload: { title: "x", body: "y", url: "z" } }]);
      await deliverPendingPush();
      expect(other.received).toEqual([]);
      expect(other.refused).toEqual(["signed with another application server key"]);
      const row = await db.pushMessage.findFirstOrThrow({ where: { subscriptionId: id } });
      expect(row.sentAt).toBeNull();
      expect(row.lastError).toBe("HTTP 401");
    } finally {
      await other.close();
    }
  });

  it("refuses endpoints that are not https (except loopback in tests), and a gone subscription (410) is deleted", async () => {
    const { viewer } = await member();
    await expect(savePushSubscription(viewer, { endpoint: "http://10.0.0.1/push", p256dh: "a", auth: "b", label: "" })).rejects.toBeInstanceOf(FieldError);
    await expect(savePushSubscription(viewer, { endpoint: "ftp://example.org/x", p256dh: "a", auth: "b", label: "" })).rejects.toBeInstanceOf(FieldError);
    const { id } = await savePushSubscription(viewer, { endpoint: `${service.origin}/push/unknown`, p256dh: service.subscribe().keys.p256dh, auth: "AAAAAAAAAAAAAAAAAAAAAA", label: "" });
    await queuePush([{ dedupeKey: `gone:${id}`, subscriptionId: id, payload: { title: "x", body: "y", url: "z" } }]);
    await deliverPendingPush();
    // The service answers 404 for an unknown subscription: the subscription is gone.
    expect(await db.pushSubscription.findUnique({ where: { id } })).toBeNull();
  });

  it("a member sees and removes only their own devices", async () => {
    const a = await member();
    const b = await member();
    const browser = service.subscribe();
    const { id } = await savePushSubscription(a.viewer, { endpoint: browser.endpoint, p256dh: browser.keys.p256dh, auth: browser.keys.auth, label: "Phone A" });
    expect((await getPushSettings(a.viewer)).devices.map((d) => d.label)).toEqual(["Phone A"]);
    expect((await getPushSettings(a.viewer)).publicKey).toBe(keys.publicKey);
    expect((await getPushSettings(b.viewer)).devices).toEqual([]);
    await expect(deletePushSubscription(b.viewer, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.pushSubscription.findUnique({ where: { id } })).not.toBeNull();
    await deletePushSubscription(a.viewer, id);
    expect(await db.pushSubscription.findUnique({ where: { id } })).toBeNull();
  });

  it("a device moves to another person only from its own browser (its secret), never by its address alone", async () => {
    const a = await member();
    const b = await member();
    const browser = service.subscribe();
    const { id } = await savePushSubscription(a.viewer, { endpoint: browser.endpoint, p256dh: browser.keys.p256dh, auth: browser.keys.auth, label: "Phone A" });
    // Someone who saw the address but not the device's secret.
    await expect(savePushSubscription(b.viewer, { endpoint: browser.endpoint, p256dh: browser.keys.p256dh, auth: "BBBBBBBBBBBBBBBBBBBBBB", label: "Mine now" })).rejects.toBeInstanceOf(FieldError);
    expect(await db.pushSubscription.findUniqueOrThrow({ where: { id } })).toMatchObject({ personId: a.viewer!.personId, auth: browser.keys.auth, label: "Phone A" });
    // A shared phone: the same browser, now signed in as b.
    expect(await savePushSubscription(b.viewer, { endpoint: browser.endpoint, p256dh: browser.keys.p256dh, auth: browser.keys.auth, label: "Phone B" })).toEqual({ id });
    expect(await db.pushSubscription.findUniqueOrThrow({ where: { id } })).toMatchObject({ personId: b.viewer!.personId, label: "Phone B" });
  });
});
