import { createECDH } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

let cached: VapidKeys | undefined;

// The server's VAPID key pair (RFC 8292): from VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY when
// set, else generated once into the data folder (`vapid.json`, mode 600) like the auth
// secret, so subscriptions keep working across restarts. `npm start` calls this first and
// hands the keys to the server as env variables.
export function vapidKeys(dataDir = process.env.ALLIES_DATA_DIR || ".data"): VapidKeys {
  if (cached) return cached;
  const subject = process.env.VAPID_SUBJECT || "mailto:allies@localhost";
  if (process.env.VAPID_PUBLIC_KEY && process.env.VAPID_PRIVATE_KEY) {
    return (cached = { publicKey: process.env.VAPID_PUBLIC_KEY, privateKey: process.env.VAPID_PRIVATE_KEY, subject });
  }
  const file = path.join(dataDir, "vapid.json");
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, "utf8")) as { publicKey: string; privateKey: string };
    return (cached = { ...stored, subject });
  }
  const keys = generateVapidKeys();
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(keys)}\n`, { mode: 0o600 });
  return (cached = { ...keys, subject });
}

// What web-push's generateVAPIDKeys makes (a P-256 pair, base64url, the private key padded
// to 32 bytes), with node:crypto alone: the launcher calls vapidKeys() and stays without
// web-push in its memory for the app's whole life.
function generateVapidKeys(): { publicKey: string; privateKey: string } {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const privateKey = ecdh.getPrivateKey();
  return {
    publicKey: ecdh.getPublicKey().toString("base64url"),
    privateKey: Buffer.concat([Buffer.alloc(32 - privateKey.length), privateKey]).toString("base64url"),
  };
}
