import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { yearIfOther } from "@/lib/i18n/date-formats";
import type { RsvpResponse } from "@/lib/generated/prisma/enums";
import type { RsvpOutcome } from "@/lib/dinners/rsvp-outcome";

// What became of the answer just given (lib/dinners/rsvp-outcome.ts): a clear confirmation
// of the chosen answer, or why nothing was saved. Shown where the member answered, with and
// without JavaScript (the answer form redirects back with the outcome).
export async function RsvpOutcomeNotice({
  outcome,
  answer,
  movedTo,
}: {
  outcome: RsvpOutcome;
  // The member's answer as now stored (for "saved").
  answer?: RsvpResponse | null;
  // The dinner's new start, when known (for "moved").
  movedTo?: { startsAt: Date; timeZone: string };
}) {
  const t = await getTranslations("dinners");
  const format = await getFormatter();
  const saved = outcome === "saved";
  if (saved && !answer) return null;
  const text = saved
    ? t(`rsvpOutcome.saved.${answer!}`)
    : outcome === "dinnerMoved"
      ? movedTo
        ? t("rsvpOutcome.dinnerMoved", { date: format.dateTime(movedTo.startsAt, { timeZone: movedTo.timeZone, weekday: "long", day: "numeric", month: "long", ...yearIfOther(movedTo.startsAt), hour: "2-digit", minute: "2-digit", hourCycle: "h23" }) })
        : t("rsvpOutcome.dinnerMovedNoDate")
      : t(`rsvpOutcome.${outcome}`);
  return (
    <p
      role={saved ? "status" : "alert"}
      data-testid="rsvp-outcome"
      className={`rounded-xl border-2 p-3 text-lg font-semibold ${saved ? "border-green-700 bg-green-50 text-green-950" : "border-red-700 bg-red-50 text-red-950"}`}
    >
      <span aria-hidden="true">{saved ? "✓ " : "! "}</span>
      {text}
    </p>
  );
}
