// Who is calling: the one answer every rate limit uses (docs/decisions/017-hold-under-load-and-attack.md).
//
// Next.js gives route handlers and server actions no socket address, and keeps a client's
// own X-Forwarded-For if it sent one (so anyone could claim any address). This file is
// loaded into the server process before Next (`node --require scripts/client-address-preload.cjs`, set up by `npm start` and
// the Dockerfile): it sees every request with its socket, works out the client address and
// puts it in the request header `x-allies-client-address`, removing any such header the
// client sent (and an X-Request-Id not sent by a trusted proxy). Forwarded headers count
// only from TRUSTED_PROXIES (comma-separated addresses or CIDR ranges, IPv4 or IPv6;
// default none: the socket address is the client).
// Plain CommonJS so that `node --require` loads it without a compiler.
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS for `node --require` */
"use strict";
const http = require("node:http");
const net = require("node:net");

const HEADER = "x-allies-client-address";

function normalise(address) {
  if (typeof address !== "string") return "";
  let value = address.trim();
  // "[::1]:1234" and "1.2.3.4:5678" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.split(":")[0];
  if (value.toLowerCase().startsWith("::ffff:") && net.isIPv4(value.slice(7))) value = value.slice(7);
  return net.isIP(value) ? value.toLowerCase() : "";
}

// "10.0.0.0/8, 192.168.1.7, fd00::/8" → a BlockList. Throws on a malformed entry: a
// typo must not silently trust nobody (or everybody).
function parseTrustedProxies(source) {
  const list = new net.BlockList();
  const entries = String(source || "").split(",").map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, prefix] = entry.split("/");
    const family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : null;
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    if (prefix === undefined) list.addAddress(address, family);
    else {
      const bits = Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (family === "ipv4" ? 32 : 128)) throw new Error(`TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
      list.addSubnet(address, bits, family);
    }
  }
  return { list, empty: entries.length === 0 };
}

function isTrusted(trusted, address) {
  if (trusted.empty || !address) return false;
  return trusted.list.check(address, net.isIPv4(address) ? "ipv4" : "ipv6");
}

// The socket address, unless it is a trusted proxy: then X-Forwarded-For is read from
// the right (entries added by our own proxies) to the first address that is not a trusted
// proxy. Whatever a client wrote further left is never believed.
function resolveClientAddress(socketAddress, forwardedFor, trusted) {
  let client = normalise(socketAddress) || "unknown";
  if (!isTrusted(trusted, client)) return client;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor || "";
  const hops = header.split(",").map(normalise);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (!hop) return client;
    client = hop;
    if (!isTrusted(trusted, hop)) return hop;
  }
  return client;
}

function install(source = process.env.TRUSTED_PROXIES) {
  const trusted = parseTrustedProxies(source);
  if (http.Server.prototype.__alliesClientAddress) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, request, ...rest) {
    if (event === "request" && request && request.headers) {
      const socketAddress = request.socket && request.socket.remoteAddress;
      request.headers[HEADER] = resolveClientAddress(socketAddress, request.headers["x-forwarded-for"], trusted);
      // A request id lines our logs up with the reverse proxy's: only our proxies may give one
      // (proxy.ts makes one otherwise), or anyone could plant ids in our logs.
      if (!isTrusted(trusted, normalise(socketAddress))) delete request.headers["x-request-id"];
    }
    return emit.call(this, event, request, ...rest);
  };
  Object.defineProperty(http.Server.prototype, "__alliesClientAddress", { value: true });
}

module.exports = { HEADER, resolveClientAddress, parseTrustedProxies, normalise, install };
