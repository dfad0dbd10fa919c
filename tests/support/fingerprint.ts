import type { Db } from "@/lib/db/client";

// Everything the app stores, except the bookkeeping of sign-in attempts and sessions: equal
// fingerprints before and after a call mean the call wrote nothing. With `mentioning`: only
// the rows whose text holds one of those ids (a programme's rows and every row naming them).
export async function fingerprint(db: Db, { mentioning }: { mentioning?: string[] } = {}): Promise<string> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
      AND table_name NOT IN ('_prisma_migrations', 'Session', 'RateLimit', 'VerificationToken')`;
  const parts = tables
    .map((t) => t.table_name)
    .sort()
    .map((table) => `SELECT '${table}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${table}" x${mentioning ? " WHERE x::text LIKE ANY($1)" : ""}`);
  const patterns = (mentioning ?? []).map((id) => `%${id.replace(/[%_\\]/g, "\\$&")}%`);
  const rows = await db.$queryRawUnsafe<{ t: string; h: string }[]>(parts.join(" UNION ALL "), ...(mentioning ? [patterns] : []));
  return rows.map((r) => `${r.t}:${r.h}`).sort().join(",");
}
