// A local Web Push service for tests (no browser vendor's push service is reachable here).
// It plays both ends a browser would: `subscribe()` makes a subscription the way a browser
// does (a P-256 key pair and a 16-byte auth secret) and the HTTP endpoint accepts a push
// message only when
//   - the VAPID JWT (RFC 8292) in `Authorization: vapid t=…, k=…` is ES256-signed by the
//     expected application server key, its `aud` is this endpoint's origin and `exp` is in
//     the future and at most 24 hours ahead;
//   - the body is an RFC 8291 `aes128gcm` record that decrypts with the subscription's
//     private key and auth secret.
// Then it keeps the decrypted payload in `received`; otherwise it answers 400/401 and keeps
// the reason in `refused`.
import { createECDH, createHmac, createDecipheriv, createPublicKey, randomBytes, randomUUID, verify } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedPush = { subscriptionId: string; payload: string; claims: { aud: string; exp: number; sub?: string }; ttl: string | undefined; urgency: string | undefined };

type Subscription = { id: string; privateKey: Buffer; publicKey: Buffer; auth: Buffer };

const b64url = (buffer: Buffer) => buffer.toString("base64url");

export async function startTestPushService(options: { vapidPublicKey?: string } = {}) {
  const subscriptions = new Map<string, Subscription>();
  const received: ReceivedPush[] = [];
  const refused: string[] = [];
  let expectedKey = options.vapidPublicKey;

  const server = createServer((request, response) => {
    void handle(request, response).catch((error) => {
      refused.push(String(error));
      response.writeHead(400).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const match = /^\/push\/([\w-]+)$/.exec(request.url ?? "");
    const subscription = match ? subscriptions.get(match[1]!) : undefined;
    if (request.method !== "POST" || !subscription) return refuse(response, 404, "unknown subscription");
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);

    const claims = checkVapid(String(request.headers.authorization ?? ""));
    if (typeof claims === "string") return refuse(response, 401, claims);
    if (request.headers["content-encoding"] !== "aes128gcm") return refuse(response, 400, `content-encoding ${request.headers["content-encoding"]}`);
    if (!request.headers.ttl) return refuse(response, 400, "no TTL");
    const payload = decrypt(body, subscription);
    received.push({ subscriptionId: subscription.id, payload, claims, ttl: request.headers.ttl as string, urgency: request.headers.urgency as string | undefined });
    response.writeHead(201).end();
  }

  function refuse(response: ServerResponse, status: number, reason: string) {
    refused.push(reason);
    response.writeHead(status).end(reason);
  }

  // RFC 8292: "vapid t=<JWT>, k=<the application server's public key, base64url>".
  function checkVapid(header: string): ReceivedPush["claims"] | string {
    const t = /(?:^|[\s,])t=([^,\s]+)/.exec(header.replace(/^vapid\s+/i, " "))?.[1];
    const k = /(?:^|[\s,])k=([^,\s]+)/.exec(header.replace(/^vapid\s+/i, " "))?.[1];
    if (!header.toLowerCase().startsWith("vapid ") || !t || !k) return "no vapid authorization";
    if (expectedKey && k !== expectedKey) return "signed with another application server key";
    const [h, p, s] = t.split(".");
    if (!h || !p || !s) return "malformed JWT";
    const head = JSON.parse(Buffer.from(h, "base64url").toString()) as { alg?: string; typ?: string };
    if (head.alg !== "ES256") return `alg ${head.alg}`;
    const point = Buffer.from(k, "base64url");
    if (point.length !== 65 || point[0] !== 4) return "public key is not an uncompressed P-256 point";
    const key = createPublicKey({ key: { kty: "EC", crv: "P-256", x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33, 65)) }, format: "jwk" });
    const signatureOk = verify("sha256", Buffer.from(`${h}.${p}`), { key, dsaEncoding: "ieee-p1363" }, Buffer.from(s, "base64url"));
    if (!signatureOk) return "bad ES256 signature";
    const claims = JSON.parse(Buffer.from(p, "base64url").toString()) as ReceivedPush["claims"];
    if (claims.aud !== origin) return `aud ${claims.aud} is not ${origin}`;
    const now = Math.floor(Date.now() / 1000);
    if (typeof claims.exp !== "number" || claims.exp <= now) return "expired";
    if (claims.exp > now + 24 * 3600) return "exp more than 24 hours ahead";
    return claims;
  }

  // RFC 8291 (message encryption for Web Push) with RFC 8188's aes128gcm content coding.
  function decrypt(body: Buffer, subscription: Subscription): string {
    const salt = body.subarray(0, 16);
    const recordSize = body.readUInt32BE(16);
    const idLength = body[20]!;
    const serverPublic = body.subarray(21, 21 + idLength);
    const ciphertext = body.subarray(21 + idLength);
    if (idLength !== 65) throw new Error(`keyid length ${idLength}`);
    if (ciphertext.length > recordSize) throw new Error("more than one record");
    const ecdh = createECDH("prime256v1");
    ecdh.setPrivateKey(subscription.privateKey);
    const sharedSecret = ecdh.computeSecret(serverPublic);
    const hmac = (key: Buffer, data: Buffer) => createHmac("sha256", key).update(data).digest();
    const prkKey = hmac(subscription.auth, sharedSecret);
    const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), subscription.publicKey, serverPublic, Buffer.from([1])]);
    const ikm = hmac(prkKey, keyInfo);
    const prk = hmac(salt, ikm);
    const cek = hmac(prk, Buffer.from("Content-Encoding: aes128gcm\0\x01", "binary")).subarray(0, 16);
    const nonce = hmac(prk, Buffer.from("Content-Encoding: nonce\0\x01", "binary")).subarray(0, 12);
    const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
    const plain = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
    // The last record ends with the delimiter 0x02, then zero padding.
    let end = plain.length - 1;
    while (end >= 0 && plain[end] === 0) end--;
    if (plain[end] !== 2) throw new Error("no last-record delimiter");
    return plain.subarray(0, end).toString("utf8");
  }

  return {
    origin,
    received,
    refused,
    // Which application server key the JWT must be signed with (the app's VAPID public key).
    expectKey(key: string) {
      expectedKey = key;
    },
    // A subscription as a browser makes one: what PushSubscription.toJSON() gives.
    subscribe() {
      const id = randomUUID();
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const subscription = { id, privateKey: ecdh.getPrivateKey(), publicKey: ecdh.getPublicKey(), auth: randomBytes(16) };
      subscriptions.set(id, subscription);
      return { id, endpoint: `${origin}/push/${id}`, keys: { p256dh: b64url(subscription.publicKey), auth: b64url(subscription.auth) } };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
