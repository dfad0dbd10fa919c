// The five steps, calm to very tense, with a colour each (text contrast ≥ 4.5:1 on white).
export const levelColours: Record<number, string> = { 1: "#166534", 2: "#3f6212", 3: "#a16207", 4: "#c2410c", 5: "#b91c1c" };
export const levels = [1, 2, 3, 4, 5] as const;
export type LevelKey = `level.${1 | 2 | 3 | 4 | 5}`;
export const levelKey = (level: number) => `level.${Math.min(5, Math.max(1, Math.round(level))) as 1 | 2 | 3 | 4 | 5}` as const;
