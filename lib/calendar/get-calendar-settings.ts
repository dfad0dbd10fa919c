import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";

// Whether the signed-in person has a working feed address, and until when (the address
// itself is not kept: calendar-feed-token.ts). One query.
export async function getCalendarSettings(viewer: Viewer | null, now = new Date()): Promise<{ expiresAt: Date | null }> {
  const me = requireViewer(viewer);
  const person = await db.person.findUniqueOrThrow({ where: { id: me.personId }, select: { calendarTokenExpiresAt: true } });
  const expiresAt = person.calendarTokenExpiresAt;
  return { expiresAt: expiresAt && expiresAt > now ? expiresAt : null };
}
