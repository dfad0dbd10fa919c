import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError, FieldError } from "@/lib/errors";

// An https address (WhatsApp, Signal or any group chat), without credentials in it.
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && Boolean(url.hostname) && !url.username && !url.password;
  } catch {
    return false;
  }
}

// `version` is the group chat link's own (Programme.groupChatVersion): the programme's other
// forms do not conflict with it.
export async function setGroupChatUrl(viewer: Viewer | null, input: { programmeId: string; version: number; groupChatUrl: string }) {
  const { viewer: me } = authorize(viewer, "members.manage", input.programmeId);
  const url = input.groupChatUrl.trim();
  if (url !== "" && !isHttpsUrl(url)) throw new FieldError("groupChatUrl", "httpsUrl");
  await db.$transaction(async (tx) => {
    const { count } = await tx.programme.updateMany({
      where: { id: input.programmeId, groupChatVersion: input.version },
      data: { groupChatUrl: url || null, groupChatVersion: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.programme.findUniqueOrThrow({ where: { id: input.programmeId }, select: { groupChatUrl: true, groupChatVersion: true } });
      throw new ConflictError({ groupChatUrl: current.groupChatUrl, version: current.groupChatVersion });
    }
    await recordAuditEvent({ kind: "programme.group-chat-changed", actorId: me.personId, programmeId: input.programmeId }, tx);
  });
}
