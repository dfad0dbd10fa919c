import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { notPersonalData, periodDays, personalData, type PersonalDataKind } from "./personal-data";

// Reads prisma/schema.prisma: every model's fields, which are relations (and to what),
// which scalars are the foreign keys of a relation, which are ids.
type Field = { model: string; name: string; type: string; relationTo?: string; holdsForeignKey: boolean; isId: boolean };

function parseSchema(schema: string): Field[] {
  const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].map((m) => ({ name: m[1]!, body: m[2]! }));
  const modelNames = new Set(models.map((m) => m.name));
  const fields: Field[] = [];
  for (const model of models) {
    const lines = model.body.split("\n").map((line) => line.replace(/\/\/.*$/, "").trim()).filter((line) => line && !line.startsWith("@@"));
    const foreignKeys = new Set(lines.flatMap((line) => [...(line.match(/@relation\([^)]*fields:\s*\[([^\]]*)\]/)?.[1]?.split(",") ?? [])].map((f) => f.trim())));
    for (const line of lines) {
      const [name, rawType] = line.split(/\s+/);
      if (!name || !rawType) continue;
      const type = rawType.replace(/[?[\]]/g, "");
      const relationTo = modelNames.has(type) ? type : undefined;
      fields.push({ model: model.name, name, type, relationTo, holdsForeignKey: foreignKeys.has(name), isId: /@id\b/.test(line) });
    }
  }
  return fields;
}

// What the list fails to cover in a schema: text fields (String, Json) that are neither a
// key nor listed, and relations to Person or Membership (the side holding the key) that no
// kind with an export or an erasure lists.
export function uncovered(schema: string, kinds: readonly PersonalDataKind[], notPersonal: Record<string, string>) {
  const listedFields = new Set([...kinds.flatMap((k) => k.fields), ...Object.keys(notPersonal)]);
  const handledLinks = new Set(kinds.filter((k) => k.exportSql || k.erase).flatMap((k) => k.links));
  const problems: string[] = [];
  for (const field of parseSchema(schema)) {
    const qualified = `${field.model}.${field.name}`;
    if (!field.relationTo && (field.type === "String" || field.type === "Json") && !field.isId && !field.holdsForeignKey && !listedFields.has(qualified)) {
      problems.push(`${qualified}: text field not in lib/privacy/personal-data.ts (personalData or notPersonalData)`);
    }
    const holdsKey = /@relation\([^)]*fields:/.test(schema.split(`model ${field.model} {`)[1]?.split(/^\}/m)[0]?.split("\n").find((l) => l.trim().startsWith(`${field.name} `)) ?? "");
    if ((field.relationTo === "Person" || field.relationTo === "Membership") && holdsKey && !handledLinks.has(qualified)) {
      problems.push(`${qualified}: relation to ${field.relationTo} that neither export nor erasure covers`);
    }
  }
  return problems;
}

const schema = readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
const kinds = personalData as readonly PersonalDataKind[];

describe("the one list of personal data", () => {
  it("covers every text field and every relation to Person or Membership in the schema", () => {
    expect(uncovered(schema, kinds, notPersonalData)).toEqual([]);
  });

  it("names only fields and relations that exist", () => {
    const fields = new Set(parseSchema(schema).map((f) => `${f.model}.${f.name}`));
    const named = [...kinds.flatMap((k) => [...k.fields, ...k.links]), ...Object.keys(notPersonalData)];
    expect(named.filter((name) => !fields.has(name))).toEqual([]);
  });

  it("fails for a new relation to Membership or a new free-text field", () => {
    const grown = `${schema}\nmodel Gossip {\n  id String @id\n  membershipId String\n  rumour String\n  membership Membership @relation(fields: [membershipId], references: [id])\n}\n`;
    expect(uncovered(grown, kinds, notPersonalData).filter((problem) => problem.startsWith("Gossip."))).toEqual([
      "Gossip.rumour: text field not in lib/privacy/personal-data.ts (personalData or notPersonalData)",
      "Gossip.membership: relation to Membership that neither export nor erasure covers",
    ]);
  });

  it("has unique keys, sane bounds, and erases the person row last", () => {
    expect(new Set(kinds.map((k) => k.key)).size).toBe(kinds.length);
    for (const kind of kinds) {
      if (kind.retention.kind !== "days") continue;
      const { minDays, defaultDays, maxDays } = kind.retention;
      expect(minDays <= defaultDays && defaultDays <= maxDays, kind.key).toBe(true);
      expect(kind.prune, `${kind.key} has a period, so the retention job must enforce it`).toBeDefined();
    }
    expect(kinds.filter((k) => k.erase).at(-1)?.key).toBe("person");
    // The retention of ended memberships renames the person after the other kinds' anonymisation.
    expect(kinds.filter((k) => k.anonymise).at(-1)?.key).toBe("person");
  });

  it("uses a programme's choice only within the bounds", () => {
    const retention = { kind: "days", from: "dinner", defaultDays: 30, minDays: 1, maxDays: 365, programmeMayChoose: true } as const;
    expect(periodDays(retention, {}, "dietaryNeeds")).toBe(30);
    expect(periodDays(retention, { dietaryNeeds: 7 }, "dietaryNeeds")).toBe(7);
    expect(periodDays(retention, { dietaryNeeds: 9999 }, "dietaryNeeds")).toBe(365);
    expect(periodDays(retention, { dietaryNeeds: "7" }, "dietaryNeeds")).toBe(30);
    expect(periodDays({ kind: "account" }, {}, "x")).toBeNull();
  });
});
