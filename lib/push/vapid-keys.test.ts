import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import webpush from "web-push";
import { vapidKeys } from "./vapid-keys";

describe("vapidKeys", () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it("generates keys web-push accepts, once, into the data folder", async () => {
    delete process.env.VAPID_PUBLIC_KEY;
    delete process.env.VAPID_PRIVATE_KEY;
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "allies-vapid-"));
    folders.push(dataDir);
    const keys = vapidKeys(dataDir);
    expect(() => webpush.setVapidDetails(keys.subject, keys.publicKey, keys.privateKey)).not.toThrow();
    expect(Buffer.from(keys.publicKey, "base64url")).toHaveLength(65);
    expect(Buffer.from(keys.privateKey, "base64url")).toHaveLength(32);
    expect(JSON.parse(await readFile(path.join(dataDir, "vapid.json"), "utf8"))).toEqual({ publicKey: keys.publicKey, privateKey: keys.privateKey });
  });
});
