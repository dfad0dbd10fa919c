// The monthly trend from the kept counts (docs/tension-picture.md "Trend"): per month the
// number of signals, of pulse answers, and the mean level of both together (null: none).
export type TrendMonth = { month: string; signals: number; pulseAnswers: number; meanLevel: number | null };

export function monthsBack(now: Date, count: number): string[] {
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    months.push(d.toISOString().slice(0, 7));
  }
  return months;
}

export function buildTrend(
  months: string[],
  signalCounts: { month: Date; level: number; count: number }[],
  pulseCounts: { month: Date; level: number; count: number }[],
): TrendMonth[] {
  const byMonth = new Map(months.map((m) => [m, { signals: 0, pulseAnswers: 0, sum: 0 }]));
  for (const [rows, field] of [[signalCounts, "signals"], [pulseCounts, "pulseAnswers"]] as const) {
    for (const row of rows) {
      const entry = byMonth.get(row.month.toISOString().slice(0, 7));
      if (!entry) continue;
      entry[field] += row.count;
      entry.sum += row.level * row.count;
    }
  }
  return months.map((month) => {
    const e = byMonth.get(month)!;
    const n = e.signals + e.pulseAnswers;
    return { month, signals: e.signals, pulseAnswers: e.pulseAnswers, meanLevel: n ? Math.round((e.sum / n) * 10) / 10 : null };
  });
}

// Pulse answers per party are shown only from three answers of that party on.
export const minimumPartyAnswers = 3;
