import { NextResponse } from "next/server";
import { z } from "zod";
import { appUrl } from "@/lib/env";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { routeHandler } from "@/lib/http/route-handler";
import { rememberLocale } from "@/lib/i18n/locale-cookie";

// Where a page sends a member whose language cookie is out of step with their saved
// language (lib/i18n/locale-cookie.ts): sets it, and goes back to the page.
export const GET = routeHandler({ viewer: "required", query: z.object({ to: z.string().max(2000).optional() }) }, async ({ viewer, query }) => {
  if (viewer.locale) await rememberLocale(viewer.locale);
  return NextResponse.redirect(`${appUrl()}${safeRedirectPath(query.to)}`, 303);
});
