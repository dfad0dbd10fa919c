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
