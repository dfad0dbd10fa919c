import { createPrismaClient, type Db } from "@/lib/db/client";

// One client per process, kept on globalThis so dev-server reloads reuse the pool.
// Connected on first use, so that `next build` can import pages without a database.
const globalForDb = globalThis as unknown as { alliesDb?: Db };

function client(): Db {
  if (globalForDb.alliesDb) return globalForDb.alliesDb;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  return (globalForDb.alliesDb = createPrismaClient(url));
}

export const db = new Proxy({} as Db, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

// For tests and scripts that point the app at another database while the process runs
// (a database per test file, a copy of the demo per action, a query-counting client).
// Makes `db` use `next` from now on, or, with undefined, a client for DATABASE_URL made on
// next use. Returns the client it replaces, which the caller restores or disconnects.
export function replaceDbClient(next: Db | undefined): Db | undefined {
  const previous = globalForDb.alliesDb;
  globalForDb.alliesDb = next;
  return previous;
}

// Closes `db`'s connections; the next use connects afresh to DATABASE_URL.
export async function disconnectDb(): Promise<void> {
  await replaceDbClient(undefined)?.$disconnect();
}
