import { randomBytes } from "node:crypto";

// The secret in a personal calendar feed address: 32 bytes from crypto.randomBytes,
// base64url (43 characters). Every place that creates a person or resets a feed uses
// this; the schema's database default is only a strong fallback, never a cuid.
export function newCalendarToken(): string {
  return randomBytes(32).toString("base64url");
}
