import { headers } from "next/headers";

export const requestPathHeader = "x-allies-path";

// The path and query this request asked for, as proxy.ts recorded it ("/" when not).
export async function requestPath(): Promise<string> {
  return (await headers()).get(requestPathHeader) ?? "/";
}
