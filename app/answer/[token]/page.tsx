import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Page } from "@/components/page/page";
import { LinkButton } from "@/components/page/link-button";
import { getDinnerByAnswerLink } from "@/lib/dinners/answer-links";
import { answerLinkQuery } from "@/lib/dinners/answer-link-input";
import { RsvpResponse } from "@/lib/generated/prisma/enums";
import { yearIfOther } from "@/lib/i18n/date-formats";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("dinners.answerLink.title");

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const responses = Object.values(RsvpResponse);

// Public: the token in a reminder e-mail's answer link is the credential, for one member and
// one dinner (decision 020). Opening the link (also a mail scanner's GET) only shows the
// dinner with the answer tapped in the e-mail chosen; "Save my answer" posts to
// ./confirm, which records it and comes back with ?saved=. The member can change it here.
// The language switch returns to this URL with its query, so ?answer= survives it.
export default async function AnswerLinkPage({ params, searchParams }: Props) {
  const { token } = await params;
  const query = answerLinkQuery.parse(await searchParams);
  const t = await getTranslations("dinners.answerLink");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const dinner = await getDinnerByAnswerLink(token);
  if (!dinner) {
    return (
      <Page title={t("unavailableTitle")} width="narrow">
        <p>{t("unavailable")}</p>
        <div>
          <LinkButton href="/signin">{t("signIn")}</LinkButton>
        </div>
      </Page>
    );
  }
  const when = format.dateTime(dinner.startsAt, { timeZone: dinner.timeZone, weekday: "long", day: "numeric", month: "long", ...yearIfOther(dinner.startsAt), hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const chosen = query.saved ?? query.answer ?? dinner.response ?? undefined;
  const refused = query.refused ?? (dinner.cancelled ? "dinnerCancelled" : dinner.open ? undefined : "answersClosed");
  return (
    <Page title={t("heading", { programme: dinner.programme })} width="narrow">
      <p>{t("hello", { name: dinner.name })}</p>
      <dl className="facts gap-x-3 gap-y-1 rounded-lg border border-stone-300 bg-white p-3">
        <dt className="font-semibold">{t("when")}</dt>
        <dd>{when}</dd>
        <dt className="font-semibold">{t("where")}</dt>
        <dd>
          {dinner.venueName}, {dinner.venueAddress}
        </dd>
      </dl>
      {refused ? (
        <p role="alert" className="rounded-lg border border-red-700 bg-red-50 p-3 text-red-900">
          {t(refused === "dinnerCancelled" ? "cancelled" : "closed")}
        </p>
      ) : (
        <>
          <p className="font-medium" role="status">
            {query.saved ? t("saved", { answer: common(`rsvp.${query.saved}`) }) : t("current", { answer: common(`rsvp.${dinner.response ?? "none"}`) })}
          </p>
          {query.moved && (
            <p role="alert" className="rounded-lg border border-amber-700 bg-amber-50 p-3 text-amber-950">
              {t("moved")}
            </p>
          )}
          {!query.saved && !query.moved && query.answer && query.answer !== dinner.response && (
            <p className="rounded-lg bg-blue-50 p-3 text-blue-950">{t("chosen", { answer: common(`rsvp.${query.answer}`) })}</p>
          )}
          <form method="post" action={`/answer/${encodeURIComponent(token)}/confirm`} className="flex flex-col gap-3">
            <input type="hidden" name="seenStartsAt" value={dinner.startsAt.toISOString()} />
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1 font-semibold">{t("choose")}</legend>
              {responses.map((response) => (
                <label key={response} className="flex min-h-11 items-center gap-3 rounded-lg border border-stone-300 bg-white px-3">
                  <input type="radio" name="response" value={response} defaultChecked={chosen === response} required className="size-5" />
                  {common(`rsvp.${response}`)}
                </label>
              ))}
            </fieldset>
            <div>
              <button type="submit" className="inline-flex min-h-12 items-center justify-center rounded-lg bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800">
                {t("save")}
              </button>
            </div>
          </form>
        </>
      )}
    </Page>
  );
}
