import { env, isDemo } from "@/lib/env";

// A push endpoint is where the server will POST: https only (every browser's push service
// is), except plain http on this machine in demo mode (the local test push service). This
// keeps a member from pointing the server at internal addresses over http. Tests use the
// same loopback exception (NODE_ENV=test).
export function isAllowedPushEndpoint(endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && (isDemo || env.NODE_ENV === "test") && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}
