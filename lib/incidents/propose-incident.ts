import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { refuseIdentifyingText } from "@/lib/privacy/refuse-identifying-text";
import { requireUsableTopic } from "@/lib/topics/require-usable-topic";
import { nudgeJobs } from "@/lib/jobs/nudge";
import { queueIncidentNotices } from "./queue-incident-notices";
import { queueIncidentProposedEmails } from "./queue-incident-proposed-emails";

export type IncidentInput = { whatHappened: string; topicId: string | null; area: string; level: number };

// A coordinator or police liaison opens an incident at once (everyone is told); any other
// member proposes one, which a coordinator or liaison confirms. No text that identifies a
// person (decision 013).
export async function proposeIncident(viewer: Viewer | null, programmeId: string, input: IncidentInput) {
  const { membership } = authorize(viewer, "incident.propose", programmeId);
  const opens = can(viewer, "incident.open", programmeId);
  const incident = await db.$transaction(async (tx) => {
    await refuseIdentifyingText(tx, programmeId, { whatHappened: input.whatHappened, area: input.area });
    const topicId = await requireUsableTopic(tx, programmeId, input.topicId);
    const now = new Date();
    const incident = await tx.incident.create({
      data: {
        programmeId,
        whatHappened: input.whatHappened,
        area: input.area,
        topicId,
        level: input.level,
        status: opens ? "OPEN" : "PROPOSED",
        proposedById: membership.id,
        openedById: opens ? membership.id : null,
        openedAt: opens ? now : null,
        updates: { create: { authorId: membership.id, text: "", toLevel: input.level } },
      },
      select: { id: true, status: true },
    });
    if (opens) await queueIncidentNotices(tx, incident.id);
    else await queueIncidentProposedEmails(tx, incident.id);
    return incident;
  });
  // Told at once: deliver now rather than at the next minute's run.
  nudgeJobs("deliver-emails", "deliver-push");
  return incident;
}
