import { yearIfOther } from "@/lib/i18n/date-formats";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { html } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import type { StartPage } from "@/lib/dinners/get-start-page";

type LaterDinner = StartPage["later"][number];

// The member's other upcoming dinners (any programme), with their answer to each: a
// read-only list, so prepared markup with plain links (decision 026).
export async function LaterDinners({ later }: { later: LaterDinner[] }) {
  if (later.length === 0) return null;
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const items = html`${later.map(
    (dinner) =>
      html`<li class="flex flex-col py-2"><a href="/programmes/${dinner.programmeId}/dinners/${dinner.id}" class="font-semibold">${format.dateTime(dinner.startsAt, { timeZone: dinner.timeZone, weekday: "short", day: "numeric", month: "short", ...yearIfOther(dinner.startsAt), hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}</a><span class="break-words text-slate-700">${dinner.programmeName} · ${dinner.venueName} · ${t("yourAnswer", { answer: common(`rsvp.${dinner.myAnswer.response ?? "none"}`) })}</span></li>`,
  )}`;
  return (
    <Section id="later" title={t("laterDinners")} card>
      <ul className="divide-y divide-slate-200" dangerouslySetInnerHTML={items} />
    </Section>
  );
}
