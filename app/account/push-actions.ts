"use server";

import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";
import { deletePushSubscription } from "@/lib/push/delete-push-subscription";
import { removePushDeviceInput } from "@/lib/push/push-subscription-input";

export const removePushDeviceAction = serverAction(removePushDeviceInput, async (viewer, { subscriptionId }) => {
  await deletePushSubscription(viewer, subscriptionId);
  refreshPages();
  return { ok: true, message: "deviceRemoved" };
});
