// The NCTV ten points for municipalities, as summarised by the RAN Centre of Excellence
// (RAN POL, "Preparation for tensions in society and radicalisation"). Their texts are in
// lib/i18n/messages/{en,nl}/readiness.json (points.1 … points.10).
// Points 8-10 concern individual cases: Allies holds no case data (decision 013), so these
// points carry a status only; the work itself is done in the municipality's case management.
export const readinessPoints = [
  { point: 1, phase: "prepared", caseWork: false },
  { point: 2, phase: "prepared", caseWork: false },
  { point: 3, phase: "prepared", caseWork: false },
  { point: 4, phase: "prepared", caseWork: false },
  { point: 5, phase: "prepared", caseWork: false },
  { point: 6, phase: "prepared", caseWork: false },
  { point: 7, phase: "prepared", caseWork: false },
  { point: 8, phase: "signals", caseWork: true },
  { point: 9, phase: "signals", caseWork: true },
  { point: 10, phase: "signals", caseWork: true },
] as const;

export type ReadinessPointNumber = (typeof readinessPoints)[number]["point"];

export function isCaseWorkPoint(point: number): boolean {
  return readinessPoints.some((p) => p.point === point && p.caseWork);
}
