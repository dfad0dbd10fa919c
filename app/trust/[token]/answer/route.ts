import { NextResponse } from "next/server";
import { appUrl } from "@/lib/env";
import { FieldError, NotFoundError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";
import { answerTrustCheckByToken } from "@/lib/trust/answer-trust-check-by-token";
import { answerTrustCheckByTokenInput, trustTokenParams } from "@/lib/trust/trust-input";

const page = (token: string, query: string) => NextResponse.redirect(`${appUrl()}/trust/${encodeURIComponent(token)}?${query}`, 303);

// The e-mailed link's form posts here (a plain form, no JavaScript, no session: the token
// is the credential). Records the answer once, then shows the thanks; a GET (e.g. a mail
// scanner) records nothing and only goes back to the page.
export const POST = routeHandler(
  { params: trustTokenParams, body: answerTrustCheckByTokenInput, invalidBody: ({ params }) => page(params.token, "error=answerOne"), maxBodyBytes: 4096 },
  async ({ params: { token }, body }) => {
    try {
      await answerTrustCheckByToken(token, body);
    } catch (error) {
      // Unknown, used or expired: the page says the link is no longer valid.
      if (error instanceof NotFoundError || error instanceof FieldError) return page(token, "expired=1");
      throw error;
    }
    return page(token, "answered=1");
  },
);

export const GET = routeHandler({ params: trustTokenParams }, ({ params: { token } }) => NextResponse.redirect(`${appUrl()}/trust/${encodeURIComponent(token)}`, 303));
