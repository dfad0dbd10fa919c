import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as healthRoute from "@/app/api/health/route";
import * as readyRoute from "@/app/api/ready/route";
import { db, replaceDbClient } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";

const get = (route: typeof healthRoute | typeof readyRoute, path: string) => route.GET(new NextRequest(`http://localhost:3000${path}`), { params: Promise.resolve({}) });

describe("health endpoints for a load balancer", () => {
  it("/api/health answers 200 whatever the database does", async () => {
    const down = createPrismaClient("postgresql://postgres@127.0.0.1:1/allies");
    const previous = replaceDbClient(down);
    try {
      const response = await get(healthRoute, "/api/health");
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok" });
    } finally {
      replaceDbClient(previous);
      await down.$disconnect();
    }
  });

  it("/api/ready: 200 on a migrated database, 503 with the database stopped, 503 with a migration pending", async () => {
    expect((await get(readyRoute, "/api/ready")).status).toBe(200);

    const down = createPrismaClient("postgresql://postgres@127.0.0.1:1/allies");
    const previous = replaceDbClient(down);
    try {
      const started = Date.now();
      const response = await get(readyRoute, "/api/ready");
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "not-ready", reason: "database" });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      replaceDbClient(previous);
      await down.$disconnect();
    }

    const [last] = await db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = ${last!.migration_name}`;
    try {
      const response = await get(readyRoute, "/api/ready");
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "not-ready", reason: "migrations" });
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = now() WHERE migration_name = ${last!.migration_name}`;
    }
  });
});
