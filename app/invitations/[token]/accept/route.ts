import { NextResponse } from "next/server";
import { z } from "zod";
import { createMagicLink } from "@/lib/auth/magic-link";
import { appUrl } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";

const acceptSchema = z.object({
  phone: z.string().trim().max(40).regex(/^[+\d\s().-]*$/).optional(),
  consentToSharePhone: z.literal("yes").optional(),
});

// A route handler, not a server action: after accepting, the browser itself must follow
// the redirect into the one-time sign-in link (a server action's redirect would be fetched
// on the server, spending the link). The token in the path is the only credential.
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const back = (error: string) => NextResponse.redirect(`${appUrl()}/invitations/${encodeURIComponent(token)}?error=${error}`, 303);
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(appUrl()).origin && origin !== new URL(request.url).origin) return new NextResponse("Forbidden", { status: 403 });
  if (token.length > 100) return back("unavailable");
  const form = await request.formData().catch(() => undefined);
  const raw = Object.fromEntries([...(form?.entries() ?? [])].filter(([, value]) => typeof value === "string"));
  const parsed = acceptSchema.safeParse(raw);
  if (!parsed.success) return back("phone");
  try {
    const { programmeId, email } = await acceptInvitation({ token, phone: parsed.data.phone, consentToSharePhone: parsed.data.consentToSharePhone === "yes" });
    return NextResponse.redirect(await createMagicLink(email, `/programmes/${programmeId}`), 303);
  } catch (error) {
    if (error instanceof NotFoundError) return back("unavailable");
    throw error;
  }
}

// Opening the accept address directly just shows the invitation.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return NextResponse.redirect(`${appUrl()}/invitations/${encodeURIComponent(token)}`, 303);
}
