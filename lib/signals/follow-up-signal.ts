import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { openActionStatuses } from "@/lib/actions/status";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import type { ActionLead } from "@/lib/generated/prisma/enums";
import { refuseIdentifyingText } from "@/lib/privacy/refuse-identifying-text";
import { readableSignalsWhere } from "./signal-visibility";

export type FollowUp =
  | { kind: "agenda" }
  | { kind: "newAction"; actionTitle: string; leadParty: ActionLead }
  | { kind: "linkAction"; actionId: string | null }
  | { kind: "close"; note: string };

// Coordinators and police liaisons follow a signal up: onto the next dinner's agenda, into
// a new action (owned by them, on the signal's topic), linked to an open action, or closed
// with a short note. The reporter sees the outcome on the signal. Version-checked.
export async function followUpSignal(viewer: Viewer | null, programmeId: string, signalId: string, version: number, input: FollowUp, now = new Date()) {
  const { membership } = authorize(viewer, "signal.followUp", programmeId);
  return db.$transaction(async (tx) => {
    // Only a signal this member may read: a community coordinator cannot follow up (or
    // learn of) a professionals-only signal.
    const signal = await tx.signal.findFirst({ where: { ...readableSignalsWhere(membership), id: signalId }, select: { id: true, topicId: true, version: true } });
    if (!signal) throw new NotFoundError();
    let data: { status: "ON_AGENDA" | "ACTION" | "CLOSED"; agendaDinnerId?: string; actionId?: string; closingNote?: string };
    switch (input.kind) {
      case "agenda": {
        const dinner = await tx.dinner.findFirst({ where: { programmeId, status: "PLANNED", startsAt: { gte: now } }, orderBy: { startsAt: "asc" }, select: { id: true } });
        if (!dinner) throw new FieldError("form", "noNextDinner");
        data = { status: "ON_AGENDA", agendaDinnerId: dinner.id };
        break;
      }
      case "newAction": {
        if (!input.actionTitle) throw new FieldError("actionTitle", "required");
        await refuseIdentifyingText(tx, programmeId, { actionTitle: input.actionTitle });
        const action = await tx.action.create({
          data: { programmeId, title: input.actionTitle, leadParty: input.leadParty, topicId: signal.topicId, createdById: membership.id, owners: { create: [{ membershipId: membership.id }] } },
          select: { id: true },
        });
        data = { status: "ACTION", actionId: action.id };
        break;
      }
      case "linkAction": {
        const action = input.actionId ? await tx.action.findFirst({ where: { id: input.actionId, programmeId, status: { in: [...openActionStatuses] } }, select: { id: true } }) : null;
        if (!action) throw new FieldError("actionId", "invalid");
        data = { status: "ACTION", actionId: action.id };
        break;
      }
      case "close": {
        if (!input.note) throw new FieldError("note", "required");
        await refuseIdentifyingText(tx, programmeId, { note: input.note });
        data = { status: "CLOSED", closingNote: input.note };
        break;
      }
    }
    const updated = await tx.signal.updateMany({ where: { id: signalId, version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count === 0) throw new ConflictError(null);
  });
}
