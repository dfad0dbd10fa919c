import { getTranslations } from "@/lib/i18n/server";
import { Page } from "@/components/page/page";
import { PulseAnswerForm } from "@/components/signals/pulse-answer-form";
import { pageTitle } from "@/lib/i18n/page-title";
import { getPulseInvite } from "@/lib/pulse/get-pulse-invite";

export const generateMetadata = pageTitle("signals.pulseTitle");

// Public: the token in the e-mailed link is the credential. Opening the link (as a mail
// scanner does) only shows the choice; pressing the button counts it, once.
export default async function PulsePage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ level?: string; counted?: string }> }) {
  const { token } = await params;
  const { level, counted } = await searchParams;
  const invite = await getPulseInvite(token);
  const t = await getTranslations("signals");
  if (invite.status === "answered") {
    return (
      <Page title={t("pulseTitle")} width="narrow">
        <p role="status" className="rounded-lg bg-green-100 p-3 text-green-900">
          {counted ? t("pulseCounted") : t("pulseAlreadyCounted")}
        </p>
      </Page>
    );
  }
  if (invite.status !== "open") {
    return (
      <Page title={t("pulseTitle")} width="narrow">
        <p>{invite.status === "closed" ? t("pulseClosed") : t("pulseInvalid")}</p>
      </Page>
    );
  }
  return (
    <Page title={t("pulseQuestion")} intro={invite.programme} width="narrow">
      <PulseAnswerForm token={token} level={/^[1-5]$/.test(level ?? "") ? level : undefined} />
    </Page>
  );
}
