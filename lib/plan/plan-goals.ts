// Goals are stored as JSON on each plan version: one text per topic.
export type PlanGoal = { topicId: string; goal: string };

export function planGoalsOf(value: unknown): PlanGoal[] {
  if (!Array.isArray(value)) return [];
  return value.filter((g): g is PlanGoal => typeof g === "object" && g !== null && typeof g.topicId === "string" && typeof g.goal === "string");
}
