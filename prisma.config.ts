import { defineConfig } from "prisma/config";

// `prisma generate` needs no database; migrate/db commands (on machines that can
// reach Prisma's engine host) read DATABASE_URL. Our own offline runner is scripts/db.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db.ts seed" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
