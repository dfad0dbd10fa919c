import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

// One statement of a migration (the folder whose name ends with `_<name>`), without its
// comments: tests run a data migration's UPDATE on rows made the old way.
export async function migrationStatement(name: string, startsWith: string): Promise<string> {
  const migrations = path.resolve("prisma", "migrations");
  const folder = (await readdir(migrations)).find((entry) => entry.endsWith(`_${name}`));
  if (!folder) throw new Error(`No migration named ${name}`);
  const sql = await readFile(path.join(migrations, folder, "migration.sql"), "utf8");
  const statement = sql
    .split(";")
    .map((part) => part.replace(/^\s*--.*$/gm, "").trim())
    .find((part) => part.startsWith(startsWith));
  if (!statement) throw new Error(`No statement starting with ${startsWith} in ${folder}`);
  return statement;
}
