import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

// The signed-in person's own details and their active memberships' phone consent.
export async function getAccount(viewer: Viewer | null) {
  const me = requireViewer(viewer);
  return db.person.findUniqueOrThrow({
    where: { id: me.personId },
    select: {
      name: true,
      email: true,
      phone: true,
      locale: true,
      dietaryNeeds: true,
      version: true,
      memberships: {
        where: { leftAt: null },
        orderBy: { joinedAt: "asc" },
        select: { id: true, consentToSharePhone: true, role: true, programme: { select: { name: true } } },
      },
    },
  });
}
