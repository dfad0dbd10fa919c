import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionLead } from "@/lib/generated/prisma/enums";
import { overdueWhere } from "./overdue";
import { openActionStatuses } from "./status";

// The filters of both action lists (the programme's actions page and the follow-up
// dashboard with its CSV export), read from GET parameters. Anything unknown or malformed
// is ignored (as if unset), never an error.

export const leadParties = ["POLICE", "MUNICIPALITY", "COMMUNITY", "JOINT"] as const satisfies readonly ActionLead[];

// "active": open (OPEN or IN_PROGRESS); "all": no status filter; "OVERDUE": open and due before today.
export const statusFilters = ["active", "all", "OPEN", "IN_PROGRESS", "OVERDUE", "DONE", "DROPPED"] as const;
// What each page's status select offers.
export const actionListStatusFilters = ["active", "all", "OPEN", "IN_PROGRESS", "DONE", "DROPPED"] as const satisfies readonly StatusFilter[];
export const followUpStatusFilters = ["OPEN", "IN_PROGRESS", "OVERDUE", "DONE", "DROPPED"] as const satisfies readonly StatusFilter[];

export type StatusFilter = (typeof statusFilters)[number];
export type ActionFilters = {
  year?: number; // the follow-up dashboard's year; the actions page lists all years
  status?: StatusFilter;
  party?: ActionLead;
  topic?: string;
  owner?: string;
};

const schema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  status: z.enum(statusFilters).optional().catch(undefined),
  party: z.enum(leadParties).optional().catch(undefined),
  topic: z.string().trim().min(1).max(64).optional().catch(undefined),
  owner: z.string().trim().min(1).max(64).optional().catch(undefined),
});

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

export function parseActionFilters(params: SearchParams): ActionFilters {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    const first = Array.isArray(value) ? value[0] : value;
    return first === "" || first === null ? undefined : first;
  };
  // The actions page's form calls the lead party "lead", the follow-up's "party": both work.
  const parsed = schema.parse({ year: get("year"), status: get("status"), party: get("party") ?? get("lead"), topic: get("topic"), owner: get("owner") });
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as ActionFilters;
}

// The same filters as GET parameters, for links (CSV export, "clear" links, sign-in return).
export function actionFiltersQuery(filters: ActionFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined) params.set(key, String(value));
  const query = params.toString();
  return query ? `?${query}` : "";
}

// The where-clause of the filters (status, lead party, topic, owner), within one programme.
// `today` (the programme's calendar date) is for "OVERDUE".
export function actionFiltersWhere(programmeId: string, filters: ActionFilters, today: Date): Prisma.ActionWhereInput {
  const status: Prisma.ActionWhereInput =
    filters.status === "OVERDUE"
      ? overdueWhere(today)
      : filters.status === "active"
        ? { status: { in: [...openActionStatuses] } }
        : filters.status && filters.status !== "all"
          ? { status: filters.status }
          : {};
  return {
    programmeId,
    ...status,
    ...(filters.party && { leadParty: filters.party }),
    ...(filters.topic && { topicId: filters.topic }),
    ...(filters.owner && { owners: { some: { membershipId: filters.owner } } }),
  };
}
