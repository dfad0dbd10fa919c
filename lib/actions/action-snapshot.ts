import type { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionStatus } from "@/lib/generated/prisma/enums";

type Client = typeof db | Prisma.TransactionClient;

// What someone sees after a refused save: the newer version of the action, plain and
// serialisable, one field per row of the generic ConflictNotice. The latest update's
// fields are left out when empty (no update, no author, no status change), so the
// notice shows no empty rows for them.
export type ActionSnapshot = {
  version: number;
  title: string;
  status: ActionStatus;
  dueDate: string | null;
  latestUpdateAt?: string;
  latestUpdateBy?: string;
  latestUpdateStatus?: ActionStatus;
  latestUpdateText?: string;
};

export async function actionSnapshot(client: Client, actionId: string): Promise<ActionSnapshot | null> {
  const action = await client.action.findUnique({
    where: { id: actionId },
    select: {
      version: true,
      title: true,
      status: true,
      dueDate: true,
      updates: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { text: true, toStatus: true, createdAt: true, author: { select: { person: { select: { name: true } } } } },
      },
    },
  });
  if (!action) return null;
  const latest = action.updates[0];
  return {
    version: action.version,
    title: action.title,
    status: action.status,
    dueDate: action.dueDate ? toIsoDate(action.dueDate) : null,
    ...(latest && { latestUpdateAt: latest.createdAt.toISOString() }),
    ...(latest?.author && { latestUpdateBy: latest.author.person.name }),
    ...(latest?.toStatus && { latestUpdateStatus: latest.toStatus }),
    ...(latest?.text && { latestUpdateText: latest.text }),
  };
}
