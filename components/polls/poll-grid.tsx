import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { html } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import type { getPoll } from "@/lib/polls/get-poll";
import { optionDate } from "./option-date";

type Poll = Awaited<ReturnType<typeof getPoll>>;

// For planners: every active member's answer to every date, and the totals. Read-only: one
// prepared string (decision 026) instead of an element per cell (members × dates).
export async function PollGrid({ poll }: { poll: Poll }) {
  const t = await getTranslations("polls");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { options, grid } = poll;
  const table = html`<table class="w-full border-collapse text-sm"><thead><tr><th scope="col" class="p-2 text-left">${t("member")}</th>${options.map(
    (option) => html`<th scope="col" class="p-2 text-left whitespace-nowrap">${format.dateTime(option.startsAt, { timeZone: poll.programme.timeZone, ...optionDate })}</th>`,
  )}</tr></thead><tbody>${grid.map(
    (row) =>
      html`<tr class="border-t border-slate-200"><th scope="row" class="p-2 text-left font-medium whitespace-nowrap">${row.name} <span class="font-normal text-slate-700">(${common(`parties.${row.party}`)})</span></th>${row.answers.map(
        (answer) => html`<td class="p-2">${answer ? t(`choices.${answer}`) : t("noAnswer")}</td>`,
      )}</tr>`,
  )}</tbody><tfoot><tr class="border-t-2 border-slate-400"><th scope="row" class="p-2 text-left">${t("total")}</th>${options.map(
    (option) => html`<td class="p-2 font-semibold">${option.totals.YES} (${option.totals.IF_NEED_BE})</td>`,
  )}</tr></tfoot></table>`;
  return (
    <Section id="grid" title={t("grid")} card>
      {/* Focusable so that the table scrolls sideways by keyboard on a phone. */}
      <div role="group" aria-labelledby="grid" tabIndex={0} className="overflow-x-auto" dangerouslySetInnerHTML={table} />
    </Section>
  );
}
