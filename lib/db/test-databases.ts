import { randomBytes } from "node:crypto";
import pg from "pg";

export type ThrowawayDatabase = { name: string; url: string; drop(): Promise<void> };

// Split by hand rather than with `URL`: `postgresql://user@/db?host=/run/postgresql`
// (a unix socket) is a valid connection string but an invalid WHATWG URL.
const connectionString = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(\/[^?#]*)?(.*)$/i;

function splitConnectionString(url: string): { server: string; path: string; rest: string } {
  const match = connectionString.exec(url);
  if (!match?.[1]) throw new Error("Not a PostgreSQL connection string (postgresql://…)");
  return { server: match[1], path: match[2] ?? "", rest: match[3] ?? "" };
}

/** The same server address, user and options, pointing at another database. */
export function withDatabase(serverUrl: string, name: string): string {
  const { server, rest } = splitConnectionString(serverUrl);
  return `${server}/${encodeURIComponent(name)}${rest}`;
}

/** The database a connection string points at ("" when it names none). */
export function databaseName(url: string): string {
  return decodeURIComponent(splitConnectionString(url).path.replace(/^\//, ""));
}

/** Runs one statement on the database `url` names, on a connection of its own. */
export async function runOnce(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Creates an empty database with a unique name on the server `serverUrl` points at
 * (its own database is only used to issue CREATE/DROP DATABASE).
 */
export async function createThrowawayDatabase(serverUrl: string, prefix: string): Promise<ThrowawayDatabase> {
  if (!/^[a-z][a-z0-9_]*$/.test(prefix)) throw new Error(`Invalid database prefix: ${prefix}`);
  const suffix = `${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const name = `${prefix.slice(0, 62 - suffix.length)}_${suffix}`;
  await runOnce(serverUrl, `CREATE DATABASE "${name}"`);
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: () => runOnce(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
