import { createHash } from "node:crypto";
import { authSecret } from "@/lib/env";

// Rate-limit keys never hold an address itself, only this keyed hash of it
// (`sign-in:pair:<addressKey>:<ip>`, `sign-in:send:<addressKey>`, lib/auth/magic-link.ts).
// Export and erasure (lib/privacy/personal-data.ts) find a person's counters by it.
export function addressKey(email: string): string {
  return createHash("sha256").update(`sign-in:${email}:${authSecret()}`).digest("hex").slice(0, 32);
}
