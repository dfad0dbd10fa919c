import { pageTitle } from "@/lib/i18n/page-title";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Page } from "@/components/page/page";
import { TrustStatementFields } from "@/components/trust/trust-statement-fields";
import { getTrustCheckByToken } from "@/lib/trust/get-trust-check-by-token";
import { trustPreselectQuery } from "@/lib/trust/trust-input";

export const generateMetadata = pageTitle("trust.pageTitle");

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Public: the token in the e-mailed link is the credential. Opening the link (also a mail
// scanner's GET) only shows the statements, with the tapped answer chosen; the button posts
// to the answer route handler, which records it once and comes back here with ?answered=1.
export default async function TrustCheckPage({ params, searchParams }: Props) {
  const { token } = await params;
  const query = await searchParams;
  const t = await getTranslations("trust");
  const format = await getFormatter();
  if (query.answered === "1") {
    return (
      <Page title={t("thanksTitle")} width="narrow">
        <p role="status">{t("answers.trustThanks")}</p>
      </Page>
    );
  }
  const check = /^[\w-]{1,128}$/.test(token) ? await getTrustCheckByToken(token) : null;
  if (!check) {
    return (
      <Page title={t("unavailableTitle")} width="narrow">
        <p>{t("unavailable")}</p>
      </Page>
    );
  }
  const preselected = trustPreselectQuery.safeParse(query);
  const date = format.dateTime(check.startsAt, { timeZone: check.timeZone, day: "numeric", month: "long", year: "numeric" });
  return (
    <Page title={t("pageHeading", { programme: check.programme })} intro={t("pageIntro", { date })} width="narrow">
      {query.error === "answerOne" && (
        <p role="alert" className="rounded-lg border border-red-700 bg-red-50 p-3 text-red-900">
          {t("answers.answerOne")}
        </p>
      )}
      <p className="text-sm text-slate-700">{t("anonymous")}</p>
      <form method="post" action={`/trust/${encodeURIComponent(token)}/answer`} className="flex flex-col gap-4">
        <TrustStatementFields preselected={preselected.success ? preselected.data : {}} />
        <div>
          <button type="submit" className="inline-flex min-h-12 items-center justify-center rounded-lg bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800">
            {t("send")}
          </button>
        </div>
      </form>
    </Page>
  );
}
