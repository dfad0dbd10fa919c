import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { Section } from "@/components/page/section";
import { answerTrustCheckAction } from "@/app/trust/actions";
import { formTexts } from "@/lib/forms/form-texts";
import type { StartPage } from "@/lib/dinners/get-start-page";
import { TrustStatementFields } from "./trust-statement-fields";

// On the start page, after a dinner the member attended: the three anonymous statements.
// The card goes away once answered (or when the three weeks are over).
export async function TrustCheckCard({ checks }: { checks: StartPage["trustChecks"] }) {
  if (checks.length === 0) return null;
  const t = await getTranslations("trust");
  const format = await getFormatter();
  const texts = await formTexts("trust");
  return (
    <>
      {checks.map((check) => (
        <Section key={check.dinnerId} id={`trust-${check.dinnerId}`} title={t("cardTitle", { programme: check.programme, date: format.dateTime(check.startsAt, { timeZone: check.timeZone, day: "numeric", month: "long" }) })} hint={t("anonymous")} card>
          <Form action={answerTrustCheckAction} texts={texts} successText={t("answers.trustThanks")} aria-label={t("cardTitle", { programme: check.programme, date: format.dateTime(check.startsAt, { timeZone: check.timeZone, day: "numeric", month: "long" }) })}>
            <HiddenFields values={{ programmeId: check.programmeId, dinnerId: check.dinnerId }} />
            <TrustStatementFields />
            <div>
              <SubmitButton>{t("send")}</SubmitButton>
            </div>
          </Form>
        </Section>
      ))}
    </>
  );
}
