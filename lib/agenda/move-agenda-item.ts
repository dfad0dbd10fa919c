import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { authorizeAgendaEdit } from "./agenda-item-access";

// Moves an item one place up or down by swapping it with its neighbour among the items
// the viewer can see. Positions are renumbered 1..n so they stay distinct. Order is not
// content, so the version (and anyone's open edit form) is left alone.
export async function moveAgendaItem(viewer: Viewer | null, programmeId: string, itemId: string, direction: "up" | "down") {
  const { visibleItems } = authorizeAgendaEdit(viewer, programmeId);
  await db.$transaction(async (tx) => {
    const item = await tx.agendaItem.findFirst({ where: { id: itemId, dinner: { programmeId }, ...visibleItems }, select: { dinnerId: true } });
    if (!item) throw new NotFoundError();
    const all = await tx.agendaItem.findMany({
      where: { dinnerId: item.dinnerId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, visibility: true },
    });
    const visible = all.filter((i) => !("visibility" in visibleItems) || i.visibility === "ALL_MEMBERS");
    const at = visible.findIndex((i) => i.id === itemId);
    const neighbour = visible[direction === "up" ? at - 1 : at + 1];
    if (!neighbour) return;
    const order = all.map((i) => i.id);
    const a = order.indexOf(itemId);
    const b = order.indexOf(neighbour.id);
    [order[a], order[b]] = [order[b]!, order[a]!];
    // One statement renumbers the whole agenda, whatever its length.
    await tx.$executeRaw`
      UPDATE "AgendaItem" AS item SET position = numbered.position::int, "updatedAt" = now()
      FROM unnest(${order}::text[]) WITH ORDINALITY AS numbered(id, position)
      WHERE item.id = numbered.id AND item.position <> numbered.position`;
  });
}
