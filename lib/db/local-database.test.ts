import { describe, expect, it } from "vitest";
import { assertLocalDatabaseUrl, isLocalDatabaseUrl } from "./local-database";

describe("isLocalDatabaseUrl", () => {
  it("accepts databases on this machine", () => {
    expect(isLocalDatabaseUrl("postgresql://postgres@127.0.0.1:5432/test")).toBe(true);
    expect(isLocalDatabaseUrl("postgresql://u:p@localhost/db")).toBe(true);
    expect(isLocalDatabaseUrl("postgresql://[::1]:5432/db")).toBe(true);
    expect(isLocalDatabaseUrl("postgresql://root@/db?host=/var/run/postgresql")).toBe(true);
  });

  it("rejects anything else, and says so without leaking the password", () => {
    expect(isLocalDatabaseUrl("postgresql://u:p@db.example.com:5432/prod")).toBe(false);
    expect(isLocalDatabaseUrl("postgresql://u@10.0.0.5/db")).toBe(false);
    expect(isLocalDatabaseUrl("postgresql://u@localhost.evil.com/db")).toBe(false);
    expect(() => assertLocalDatabaseUrl("postgresql://u:secret@db.example.com/prod", "run tests")).toThrow(
      /non-local database \(postgresql:\/\/u:\*\*\*@db\.example\.com\/prod\)/,
    );
  });
});
