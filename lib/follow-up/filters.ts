import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionLead } from "@/lib/generated/prisma/enums";

// The filters of the follow-up dashboard's action list and its CSV export, read from GET
// parameters. Anything unknown or malformed is ignored (as if unset), never an error.

export const statusFilters = ["OPEN", "IN_PROGRESS", "OVERDUE", "DONE", "DROPPED"] as const;
export const leadParties: readonly ActionLead[] = ["POLICE", "MUNICIPALITY", "COMMUNITY", "JOINT"];

export type StatusFilter = (typeof statusFilters)[number];
export type FollowUpFilters = {
  year?: number;
  status?: StatusFilter;
  party?: ActionLead;
  topic?: string;
  owner?: string;
};

const schema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  status: z.enum(statusFilters).optional().catch(undefined),
  party: z.enum(["POLICE", "MUNICIPALITY", "COMMUNITY", "JOINT"]).optional().catch(undefined),
  topic: z.string().trim().min(1).max(64).optional().catch(undefined),
  owner: z.string().trim().min(1).max(64).optional().catch(undefined),
});

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

export function parseFollowUpFilters(params: SearchParams): FollowUpFilters {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    const first = Array.isArray(value) ? value[0] : value;
    return first === "" || first === null ? undefined : first;
  };
  const parsed = schema.parse({ year: get("year"), status: get("status"), party: get("party"), topic: get("topic"), owner: get("owner") });
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as FollowUpFilters;
}

// The same filters as GET parameters, for links (CSV export, "clear" links).
export function followUpQuery(filters: FollowUpFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined) params.set(key, String(value));
  const query = params.toString();
  return query ? `?${query}` : "";
}

// The where-clause of the list: the programme, actions created in the year's range, and the filters.
export function followUpWhere(
  programmeId: string,
  filters: FollowUpFilters,
  range: { start: Date; end: Date },
  today: Date,
): Prisma.ActionWhereInput {
  const status: Prisma.ActionWhereInput =
    filters.status === "OVERDUE"
      ? { status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: today } }
      : filters.status
        ? { status: filters.status }
        : {};
  return {
    programmeId,
    createdAt: { gte: range.start, lt: range.end },
    ...status,
    ...(filters.party && { leadParty: filters.party }),
    ...(filters.topic && { topicId: filters.topic }),
    ...(filters.owner && { owners: { some: { membershipId: filters.owner } } }),
  };
}
