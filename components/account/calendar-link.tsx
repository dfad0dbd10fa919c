import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";

// The way to the personal calendar feed (app/account/calendar).
export async function CalendarLink() {
  const t = await getTranslations("account");
  return (
    <Section id="calendar" title={t("calendarTitle")} card>
      <p>
        <Link href="/account/calendar">{t("calendarLink")}</Link>
      </p>
    </Section>
  );
}
