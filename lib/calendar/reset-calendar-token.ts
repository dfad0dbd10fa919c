import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { newCalendarToken } from "./calendar-token";

// A new secret for the person's own feed; the old address stops working at once.
export async function resetCalendarToken(viewer: Viewer | null): Promise<string> {
  const me = requireViewer(viewer);
  const calendarToken = newCalendarToken();
  await db.person.update({ where: { id: me.personId }, data: { calendarToken } });
  return calendarToken;
}
