import { NextResponse } from "next/server";
import { createMagicLink } from "@/lib/auth/magic-link";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { demoAccounts } from "@/lib/demo/demo-accounts";
import { appUrl, isDemo } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { form, oneOf, optionalText } from "@/lib/forms/fields";
import { routeHandler } from "@/lib/http/route-handler";

const demoSchema = form({
  account: oneOf(demoAccounts.map((a) => a.key) as [string, ...string[]]),
  callbackUrl: optionalText(500),
});

// Outside demo mode this route does not exist.
function requireDemo() {
  if (!isDemo) throw new NotFoundError();
}

// Demo mode only: the same magic link as by e-mail, followed at once instead of mailed.
// A route handler, not a server action: the browser itself must follow the redirect so
// that it receives the session cookie.
export const POST = routeHandler(
  {
    body: demoSchema,
    invalidBody: () => {
      requireDemo();
      return NextResponse.redirect(`${appUrl()}/signin?error=demo`, 303);
    },
  },
  async ({ body }) => {
    requireDemo();
    const account = demoAccounts.find((a) => a.key === body.account)!;
    return NextResponse.redirect(await createMagicLink(account.email, safeRedirectPath(body.callbackUrl)), 303);
  },
);
