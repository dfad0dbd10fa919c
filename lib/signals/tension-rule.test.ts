import { describe, expect, it } from "vitest";
import { alertDecision, levelNowAndBefore, levelOf, tensionPicture, type SignalInput } from "./tension-rule";

const now = new Date("2026-11-30T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const signal = (over: Partial<SignalInput>): SignalInput => ({ createdAt: daysAgo(1), level: 3, source: "SEEN", topicId: "t1", areaId: "a1", ...over });

describe("the tension rule", () => {
  it("is null without inputs and the weighted mean otherwise, rounded half up", () => {
    expect(tensionPicture([], [], now).overall).toBeNull();
    expect(levelOf([{ level: 2, weight: 1, recent: true, isSignal: true }, { level: 3, weight: 1, recent: true, isSignal: true }])).toBe(3);
    expect(levelOf([{ level: 2, weight: 1, recent: true, isSignal: true }, { level: 5, weight: 0.5, recent: true, isSignal: true }])).toBe(3);
  });

  it("weighs what was seen more than what was heard or expected", () => {
    const picture = tensionPicture([signal({ level: 1, source: "SEEN" }), signal({ level: 4, source: "HEARD" })], [], now);
    expect(picture.byTopic.get("t1")).toBe(2); // (1*1 + 4*0.5) / 1.5 = 2
  });

  it("halves signals older than two weeks and forgets those older than four", () => {
    const picture = tensionPicture([signal({ level: 1 }), signal({ level: 5, createdAt: daysAgo(20) }), signal({ level: 5, createdAt: daysAgo(30) })], [], now);
    expect(picture.byTopic.get("t1")).toBe(2); // (1 + 5*0.5) / 1.5 = 2.33
  });

  it("is at least 4 when two recent signals say 4 or 5", () => {
    const quiet = Array.from({ length: 8 }, () => signal({ level: 1 }));
    expect(tensionPicture([...quiet, signal({ level: 4 })], [], now).byTopic.get("t1")).toBe(1);
    expect(tensionPicture([...quiet, signal({ level: 4 }), signal({ level: 5, source: "EXPECTED" })], [], now).byTopic.get("t1")).toBe(4);
  });

  it("keeps topics and areas apart; pulse answers count for the whole neighbourhood; overall is the highest", () => {
    const picture = tensionPicture([signal({ level: 2, topicId: "t1", areaId: "a1" }), signal({ level: 4, topicId: "t2", areaId: null })], [{ at: daysAgo(2), level: 5 }], now);
    expect(picture.byTopic.get("t1")).toBe(2);
    expect(picture.byTopic.get("t2")).toBe(4);
    expect(picture.byArea.get("a1")).toBe(2);
    expect(picture.byArea.get(null)).toBe(4); // (4*1 + 5*0.25) / 1.25 = 4.2
    expect(picture.overall).toBe(4);
  });

  it("compares with the level two weeks ago", () => {
    const levels = levelNowAndBefore([signal({ level: 1, createdAt: daysAgo(16) }), signal({ level: 3 }), signal({ level: 4, createdAt: daysAgo(2) })], [], now);
    expect(levels).toEqual({ now: 3, before: 1 });
  });
});

describe("alerts", () => {
  it("alerts once per rise: at the threshold, again only higher, again after calm", () => {
    expect(alertDecision({ now: 3, before: 2 }, 4, null)).toEqual({ alert: false, alertedLevel: null });
    expect(alertDecision({ now: 4, before: 3 }, 4, null)).toEqual({ alert: true, alertedLevel: 4 });
    expect(alertDecision({ now: 4, before: 3 }, 4, 4)).toEqual({ alert: false, alertedLevel: 4 });
    expect(alertDecision({ now: 5, before: 4 }, 4, 4)).toEqual({ alert: true, alertedLevel: 5 });
    expect(alertDecision({ now: 2, before: 5 }, 4, 5)).toEqual({ alert: false, alertedLevel: null });
  });

  it("alerts a rise of two steps within two weeks below the threshold", () => {
    expect(alertDecision({ now: 3, before: 1 }, 4, null)).toEqual({ alert: true, alertedLevel: 3 });
  });
});
