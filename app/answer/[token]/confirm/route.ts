import { NextResponse } from "next/server";
import { answerDinnerByLink } from "@/lib/dinners/answer-links";
import { answerLinkInput, answerLinkParams } from "@/lib/dinners/answer-link-input";
import { appUrl } from "@/lib/env";
import { FieldError, NotFoundError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";

const page = (token: string, query: string) => NextResponse.redirect(`${appUrl()}/answer/${encodeURIComponent(token)}${query ? `?${query}` : ""}`, 303);

// The answer link page's form posts here (plain form, no session: the token is the
// credential, for this one member and dinner). A GET, e.g. a mail scanner following
// links, records nothing and only goes back to the page.
export const POST = routeHandler(
  { params: answerLinkParams, body: answerLinkInput, invalidBody: ({ params }) => page(params.token, ""), maxBodyBytes: 1024 },
  async ({ params: { token }, body }) => {
    try {
      await answerDinnerByLink(token, body);
    } catch (error) {
      if (error instanceof NotFoundError) return page(token, "");
      // Moved since the page was shown: back to it, with the new time and the choice again.
      if (error instanceof FieldError && error.messageKey === "dinnerMoved") return page(token, `moved=1&answer=${body.response}`);
      if (error instanceof FieldError) return page(token, `refused=${error.messageKey === "dinnerCancelled" ? "dinnerCancelled" : "answersClosed"}`);
      throw error;
    }
    return page(token, `saved=${body.response}`);
  },
);

export const GET = routeHandler({ params: answerLinkParams }, ({ params: { token } }) => page(token, ""));
