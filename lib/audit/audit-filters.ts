import { z } from "zod";

// The audit log's filters (issue 14), plain GET parameters: ?kind=&person=&from=&to=.
// Anything malformed is ignored (no filter), like the actions list's filters.
export type AuditFilters = { kind?: string; person?: string; from?: string; to?: string };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(v)));
const schema = z.object({
  kind: z.string().regex(/^[a-z][a-z.-]{0,63}$/).optional().catch(undefined),
  person: z.string().regex(/^[\w-]{1,64}$/).optional().catch(undefined),
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
});

export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const first = (key: string) => {
    const value = params[key];
    const one = Array.isArray(value) ? value[0] : value;
    return one === "" ? undefined : one;
  };
  const parsed = schema.parse({ kind: first("kind"), person: first("person"), from: first("from"), to: first("to") });
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as AuditFilters;
}

// The filters as a query string for links (older page, clear): "" or "?kind=…".
export function auditFiltersQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}
