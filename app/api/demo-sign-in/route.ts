import { NextResponse } from "next/server";
import { z } from "zod";
import { createMagicLink, safeCallbackPath } from "@/lib/auth/magic-link";
import { demoAccounts } from "@/lib/demo/seed";
import { isDemo } from "@/lib/env";

const demoSchema = z.object({
  account: z.enum(demoAccounts.map((a) => a.key) as [string, ...string[]]),
  callbackUrl: z.string().max(500).optional(),
});

// Demo mode only: the same magic link as by e-mail, followed at once instead of mailed.
// A route handler, not a server action: the browser itself must follow the redirect so
// that it receives the session cookie.
export async function POST(request: Request) {
  if (!isDemo) return new NextResponse("Not found", { status: 404 });
  const form = await request.formData().catch(() => undefined);
  const parsed = demoSchema.safeParse(Object.fromEntries(form?.entries() ?? []));
  if (!parsed.success) return NextResponse.redirect(new URL("/signin?error=demo", request.url), 303);
  const account = demoAccounts.find((a) => a.key === parsed.data.account)!;
  return NextResponse.redirect(await createMagicLink(account.email, safeCallbackPath(parsed.data.callbackUrl)), 303);
}
