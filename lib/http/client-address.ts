// The caller's address as the server process saw it (lib/http/client-address.cjs sets
// the header on every request, from the socket and TRUSTED_PROXIES). A client cannot set
// it: the preload overwrites whatever came in. Without the preload (e.g. `next dev` run
// by hand) every caller is "unknown", which is stricter, never looser.
export const clientAddressHeader = "x-allies-client-address";

export function clientAddress(headers: Pick<Headers, "get">): string {
  return headers.get(clientAddressHeader) || "unknown";
}
