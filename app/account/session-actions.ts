"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { clearSessionCookie, readSessionToken } from "@/lib/auth/session-cookie";
import { signOutEverywhere, signOutSession } from "@/lib/auth/sign-out";
import { serverAction } from "@/lib/forms/server-action";

// Ending sessions: this device (the header's sign-out, open to anyone so a stale cookie
// can always be cleared) or every device (the account page).

export async function signOut(): Promise<void> {
  const token = await readSessionToken();
  if (token) await signOutSession(token);
  await clearSessionCookie();
  redirect("/signin");
}

export const signOutEverywhereAction = serverAction(z.object({}), async (viewer) => {
  await signOutEverywhere(viewer);
  await clearSessionCookie();
  redirect("/signin");
});
