import { NextResponse } from "next/server";
import { appUrl } from "@/lib/env";
import { routeHandler } from "@/lib/http/route-handler";
import { pushSubscriptionInput } from "@/lib/push/push-subscription-input";
import { savePushSubscription } from "@/lib/push/save-push-subscription";

// A device opts in to push messages: the opt-in script on the account page posts the
// browser's subscription here (a route handler: it is sent by script, not by a form).
export const POST = routeHandler({ viewer: "required", body: pushSubscriptionInput, maxBodyBytes: 8_000 }, async ({ viewer, body }) => {
  await savePushSubscription(viewer, body);
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});

// Opening the address directly shows the account page.
export const GET = routeHandler({ viewer: "required" }, () => NextResponse.redirect(`${appUrl()}/account#notifications`, 303));
