"use server";

import { redirect } from "next/navigation";
import { eraseAccountInput, updateAccountInput } from "@/lib/account/account-input";
import { erasePerson } from "@/lib/account/erase-person";
import { updateAccount } from "@/lib/account/update-account";
import { clearSessionCookie } from "@/lib/auth/session-cookie";
import { rememberLocale } from "@/lib/i18n/locale-cookie";
import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";

export const updateAccountAction = serverAction(updateAccountInput, async (viewer, { consentShown, sharePhoneWith, ...details }) => {
  await updateAccount(viewer, { ...details, sharePhoneWith: consentShown ? sharePhoneWith : undefined });
  if (details.locale) await rememberLocale(details.locale);
  refreshPages();
  return { ok: true, message: "saved" };
});

export const eraseAccountAction = serverAction(eraseAccountInput, async (viewer) => {
  await erasePerson(viewer);
  await clearSessionCookie();
  redirect("/signin");
});
