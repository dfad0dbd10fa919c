import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

// A new secret for the person's own feed; the old address stops working at once.
// 32 random bytes (the schema's cuid default is unique but not unguessable enough).
export async function resetCalendarToken(viewer: Viewer | null): Promise<string> {
  const me = requireViewer(viewer);
  const calendarToken = randomBytes(32).toString("base64url");
  await db.person.update({ where: { id: me.personId }, data: { calendarToken } });
  return calendarToken;
}
