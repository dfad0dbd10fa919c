import { readFileSync } from "node:fs";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { e2eInfoFile } from "./info-file";

let client: Db | undefined;

// The database of the app under test, for looking up ids and arranging data.
export function e2eDb(): Db {
  if (client) return client;
  const port = process.env.E2E_PORT ?? "3100";
  const { databaseUrl } = JSON.parse(readFileSync(e2eInfoFile(port), "utf8")) as { databaseUrl: string };
  return (client = createPrismaClient(databaseUrl));
}

export async function demoProgrammeId(name = "Allies Schilderswijk"): Promise<string> {
  return (await e2eDb().programme.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
}
