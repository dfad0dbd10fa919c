// Tests and resets may only ever touch a database on this machine.
const localHosts = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

export function isLocalDatabaseUrl(url: string): boolean {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url);
  if (!match) return false;
  const host = decodeURIComponent(match[1] ?? "");
  const socketHost = /[?&]host=([^&]*)/.exec(url)?.[1];
  if (socketHost) return decodeURIComponent(socketHost).startsWith("/");
  return localHosts.has(host.toLowerCase()) || host.startsWith("/");
}

export function assertLocalDatabaseUrl(url: string, purpose: string) {
  if (!isLocalDatabaseUrl(url)) {
    throw new Error(`Refusing to ${purpose} against a non-local database (${url.replace(/:[^:@/]*@/, ":***@")}).`);
  }
}
