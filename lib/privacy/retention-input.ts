import { form, id, version, wholeNumber } from "@/lib/forms/fields";
import { choosableKinds } from "./personal-data";

// The periods a programme may choose, each within its kind's bounds (lib/privacy/personal-data.ts).
const periods = Object.fromEntries(choosableKinds.map((kind) => [kind.key, wholeNumber(kind.retention.minDays, kind.retention.maxDays)])) as Record<
  (typeof choosableKinds)[number]["key"],
  ReturnType<typeof wholeNumber>
>;

export const saveRetentionInput = form({ programmeId: id, version, ...periods });
