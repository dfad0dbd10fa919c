"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { chooseLanguageInput } from "@/lib/account/language-input";
import { updateAccount } from "@/lib/account/update-account";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { formAction } from "@/lib/forms/server-action";
import { rememberLocale } from "@/lib/i18n/locale-cookie";

// The language switch on every screen. Open to everyone: a signed-in member's choice is
// also saved to their profile.
export const chooseLanguage = formAction(
  chooseLanguageInput,
  async (viewer, { locale, returnTo }) => {
    await rememberLocale(locale);
    if (viewer) await updateAccount(viewer, { locale });
    // Back to the page the switch was on: the header lives in a layout, so the form does
    // not know the current page; the browser's Referer (same origin) does.
    redirect(safeRedirectPath(returnTo ?? refererPath((await headers()).get("referer"))));
  },
  { access: "anyone" },
);

function refererPath(referer: string | null): string | undefined {
  if (!referer) return undefined;
  try {
    const url = new URL(referer);
    return `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
}
