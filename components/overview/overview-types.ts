import type { getProgrammeOverview } from "@/lib/programmes/get-programme-overview";

export type Overview = Awaited<ReturnType<typeof getProgrammeOverview>>;
