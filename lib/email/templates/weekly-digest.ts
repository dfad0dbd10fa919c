import { links, list, paragraph, smallPrint } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

// Monday's list of a member's overdue actions in one programme.
export function weeklyDigestEmail(
  data: { name: string; programme: string; actions: { title: string; dueDate: Date }[]; link: string },
  locale: EmailLocale,
) {
  return composeEmail(locale, ({ t, calendarDay }) => ({
    subject: t("weeklyDigest.subject", { count: data.actions.length }),
    blocks: [
      paragraph(t("greeting", { name: data.name })),
      paragraph(t("weeklyDigest.intro", { programme: data.programme })),
      list(data.actions.map((action) => t("weeklyDigest.item", { title: action.title, date: calendarDay(action.dueDate) }))),
      paragraph(t("weeklyDigest.prompt")),
      links({ label: t("weeklyDigest.link"), url: data.link }),
      smallPrint(t("weeklyDigest.footer")),
    ],
  }));
}
