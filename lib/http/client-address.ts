// The caller's address as the server process saw it (lib/http/client-address.cjs sets
// the header on every request, from the socket and TRUSTED_PROXIES). A client cannot set
// it: the preload overwrites whatever came in. Without the preload (e.g. `next dev` run
// by hand) every caller is "unknown".
export const clientAddressHeader = "x-allies-client-address";
export const unknownClient = "unknown";

export function clientAddress(headers: Pick<Headers, "get">): string {
  return headers.get(clientAddressHeader) || unknownClient;
}

// A limit keyed by the caller's address holds only when the address is known: for
// "unknown" it would be one allowance shared by every caller, which one stranger could use
// up and so lock every member out. The limits not keyed by address still hold.
export function limitsByAddress(address: string): boolean {
  return address !== unknownClient;
}
