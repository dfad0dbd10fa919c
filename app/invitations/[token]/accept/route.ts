import { NextResponse } from "next/server";
import { appUrl } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { acceptInvitationInput, acceptInvitationParams } from "@/lib/invitations/accept-invitation-input";

// Back to the invitation page, which shows the error in the member's language.
function back(token: string, error: "unavailable" | "phone") {
  return NextResponse.redirect(`${appUrl()}/invitations/${encodeURIComponent(token)}?error=${error}`, 303);
}

// A route handler, not a server action: after accepting, the browser itself must follow
// the redirect into the one-time sign-in link (a server action's redirect would be fetched
// on the server, spending the link). The token in the path is the only credential.
export const POST = routeHandler(
  { params: acceptInvitationParams, body: acceptInvitationInput, invalidBody: ({ params }) => back(params.token, "phone") },
  async ({ params: { token }, body }) => {
    try {
      const { signInLink } = await acceptInvitation({ token, phone: body.phone, consentToSharePhone: body.consentToSharePhone });
      return NextResponse.redirect(signInLink, 303);
    } catch (error) {
      if (error instanceof NotFoundError) return back(token, "unavailable");
      throw error;
    }
  },
);

// Opening the accept address directly just shows the invitation.
export const GET = routeHandler({ params: acceptInvitationParams }, ({ params: { token } }) => NextResponse.redirect(`${appUrl()}/invitations/${encodeURIComponent(token)}`, 303));
