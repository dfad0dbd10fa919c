import { facts, links, list, paragraph, quote, smallPrint } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

type Step = { party: string; firstContact: string; backup: string; firstHour: string; firstDay: string };

// An incident was opened: everyone is told at once, with the first-step protocol and the text
// to share in the programme's group chat.
export function incidentOpenedEmail(
  data: { name: string; programme: string; whatHappened: string; area: string; level: number; steps: Step[]; link: string; shareLink: string; shareText: string; groupChatUrl: string | null },
  locale: EmailLocale,
) {
  return composeEmail(locale, ({ t }) => ({
    subject: t("incidentOpened.subject", { programme: data.programme, level: data.level }),
    blocks: [
      paragraph(t("greeting", { name: data.name })),
      paragraph(t("incidentOpened.intro", { programme: data.programme })),
      quote(data.whatHappened),
      facts({ label: t("incidentOpened.level"), value: t("incidentOpened.levelValue", { level: data.level }) }, data.area ? { label: t("incidentOpened.area"), value: data.area } : null),
      paragraph(t("incidentOpened.checkIn")),
      links({ label: t("incidentOpened.link"), url: data.link }),
      paragraph(t("incidentOpened.protocol")),
      data.steps.some((s) => s.firstContact || s.firstHour)
        ? list(
            data.steps.map((s) =>
              t("incidentOpened.step", { party: s.party, firstContact: s.firstContact || "-", backup: s.backup || "-", firstHour: s.firstHour || "-", firstDay: s.firstDay || "-" }),
            ),
          )
        : paragraph(t("incidentOpened.noProtocol")),
      paragraph(t("incidentOpened.share")),
      quote(data.shareText),
      links({ label: t("incidentOpened.shareLink"), url: data.shareLink }, ...(data.groupChatUrl ? [{ label: t("incidentOpened.groupChat"), url: data.groupChatUrl }] : [])),
      smallPrint(t("incidentOpened.noNames")),
    ],
  }));
}
