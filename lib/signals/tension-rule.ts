// The tension picture's rule, written down in docs/tension-picture.md. Pure: the same
// inputs and the same moment give the same levels, so "the level two weeks ago" is the
// rule applied at that moment, and the rule is tested without a database.

export type TensionSource = "SEEN" | "HEARD" | "EXPECTED";
export type SignalInput = { createdAt: Date; level: number; source: TensionSource; topicId: string | null; areaId: string | null };
export type PulseInput = { at: Date; level: number };
export type Level = 1 | 2 | 3 | 4 | 5;

const DAY = 86_400_000;
export const windowDays = 28;
export const recentDays = 14;
export const sourceWeight: Record<TensionSource, number> = { SEEN: 1, HEARD: 0.5, EXPECTED: 0.5 };
export const pulseWeight = 0.25;

type Weighted = { level: number; weight: number; recent: boolean; isSignal: boolean };

function inWindow(at: Date, now: Date): { counts: boolean; recent: boolean } {
  const age = now.getTime() - at.getTime();
  return { counts: age >= 0 && age < windowDays * DAY, recent: age >= 0 && age < recentDays * DAY };
}

// One group's level: the weighted mean of its inputs, rounded half up; at least 4 when two
// or more signals of the last two weeks say 4 or 5; null when nothing counts.
export function levelOf(inputs: Weighted[]): Level | null {
  const total = inputs.reduce((sum, input) => sum + input.weight, 0);
  if (total === 0) return null;
  const mean = inputs.reduce((sum, input) => sum + input.weight * input.level, 0) / total;
  let level = Math.min(5, Math.max(1, Math.floor(mean + 0.5)));
  const alarming = inputs.filter((input) => input.isSignal && input.recent && input.level >= 4).length;
  if (alarming >= 2) level = Math.max(level, 4);
  return level as Level;
}

export type TensionPicture = {
  overall: Level | null;
  byTopic: Map<string | null, Level>;
  byArea: Map<string | null, Level>;
};

// The picture at `now`: per topic (null = no topic), per area (null = whole neighbourhood,
// which also holds the pulse answers), and overall = the highest of all of them.
export function tensionPicture(signals: readonly SignalInput[], pulse: readonly PulseInput[], now: Date): TensionPicture {
  const byTopic = new Map<string | null, Weighted[]>();
  const byArea = new Map<string | null, Weighted[]>();
  const add = (map: Map<string | null, Weighted[]>, key: string | null, input: Weighted) => map.set(key, [...(map.get(key) ?? []), input]);
  for (const signal of signals) {
    const { counts, recent } = inWindow(signal.createdAt, now);
    if (!counts) continue;
    const input = { level: signal.level, weight: sourceWeight[signal.source] * (recent ? 1 : 0.5), recent, isSignal: true };
    add(byTopic, signal.topicId, input);
    add(byArea, signal.areaId, input);
  }
  for (const answer of pulse) {
    const { counts, recent } = inWindow(answer.at, now);
    if (counts) add(byArea, null, { level: answer.level, weight: pulseWeight * (recent ? 1 : 0.5), recent, isSignal: false });
  }
  const levels = (map: Map<string | null, Weighted[]>) => {
    const result = new Map<string | null, Level>();
    for (const [key, inputs] of map) {
      const level = levelOf(inputs);
      if (level) result.set(key, level);
    }
    return result;
  };
  const topics = levels(byTopic);
  const areas = levels(byArea);
  const all = [...topics.values(), ...areas.values()];
  return { overall: all.length ? (Math.max(...all) as Level) : null, byTopic: topics, byArea: areas };
}

// The overall level now and two weeks ago (the rule applied then), 1 when nothing counts.
export function levelNowAndBefore(signals: readonly SignalInput[], pulse: readonly PulseInput[], now: Date): { now: number; before: number } {
  const before = new Date(now.getTime() - recentDays * DAY);
  return {
    now: tensionPicture(signals, pulse, now).overall ?? 1,
    before: tensionPicture(signals.filter((s) => s.createdAt <= before), pulse.filter((p) => p.at <= before), before).overall ?? 1,
  };
}

// Whether a rise must be alerted (docs/tension-picture.md "Alerts"): the level reached the
// programme's threshold or rose two steps within two weeks, and it is higher than the level
// last alerted (null: calm since). `alertedLevel` becomes null again when neither holds.
export function alertDecision(levels: { now: number; before: number }, threshold: number, alertedLevel: number | null): { alert: boolean; alertedLevel: number | null } {
  const risen = levels.now >= threshold || levels.now - levels.before >= 2;
  if (!risen) return { alert: false, alertedLevel: null };
  if (alertedLevel !== null && levels.now <= alertedLevel) return { alert: false, alertedLevel };
  return { alert: true, alertedLevel: levels.now };
}

// Rows the signals' month count keeps: one per month (UTC calendar month), topic, area, level.
export function monthOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}
