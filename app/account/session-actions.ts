"use server";

import { redirect } from "next/navigation";
import { clearSessionCookie, readSessionToken } from "@/lib/auth/session-cookie";
import { signOutEverywhere, signOutSession } from "@/lib/auth/sign-out";
import { form } from "@/lib/forms/fields";
import { formAction, serverAction } from "@/lib/forms/server-action";

// Ending sessions: this device (the header's sign-out, open to anyone so a stale cookie
// can always be cleared) or every device (the account page).

export const signOut = formAction(
  form({}),
  async () => {
    const token = await readSessionToken();
    if (token) await signOutSession(token);
    await clearSessionCookie();
    redirect("/signin");
  },
  { access: "anyone" },
);

export const signOutEverywhereAction = serverAction(form({}), async (viewer) => {
  await signOutEverywhere(viewer);
  await clearSessionCookie();
  redirect("/signin");
});
