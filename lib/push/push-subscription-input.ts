import { form, id, text, token } from "@/lib/forms/fields";

// What the opt-in script posts (PushSubscription.toJSON(): endpoint and the two keys, base64url).
export const pushSubscriptionInput = form({ endpoint: text(2_000, { required: true }), p256dh: token, auth: token, label: text(100) });
export const removePushDeviceInput = form({ subscriptionId: id });
