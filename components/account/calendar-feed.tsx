import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { Form } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { Section } from "@/components/page/section";
import { makeCalendarFeedAction } from "@/app/account/calendar/actions";
import { makeCalendarFeedInput } from "@/lib/calendar/make-calendar-feed-input";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { NewFeedAddress } from "./new-feed-address";

const fields = inputPropsOf(makeCalendarFeedInput);

// The personal feed: whether there is a working address and until when, and making one.
// The address itself is shown once, in the answer to making it (it is stored hashed).
export async function CalendarFeed({ expiresAt }: { expiresAt: Date | null }) {
  const t = await getTranslations("calendar");
  const format = await getFormatter();
  return (
    <Section id="feed" title={t("feedUrl")} card>
      {/* A day months away: UTC's date is the member's, give or take the night it changes. */}
      <p>{expiresAt ? t("feedWorks", { date: format.dateTime(expiresAt, { timeZone: "UTC", dateStyle: "long" }) }) : t("noFeed")}</p>
      <Form action={makeCalendarFeedAction} texts={await formTexts("calendar")}>
        <NewFeedAddress texts={{ hint: t("copyHint"), copy: t("copy"), copied: t("copied"), subscribe: t("subscribe"), secret: t("secret") }} />
        {expiresAt ? (
          <>
            <p className="text-sm text-slate-700">{t("resetHint")}</p>
            <CheckboxField label={t("confirmReset")} {...fields.confirm} />
          </>
        ) : (
          <CheckboxField label={t("confirmSecret")} {...fields.confirm} />
        )}
        <div>
          <SubmitButton>{expiresAt ? t("reset") : t("make")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}
