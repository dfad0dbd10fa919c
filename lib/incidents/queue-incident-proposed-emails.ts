import type { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/env";
import { incidentProposedEmail } from "@/lib/email/templates/incident-proposed";

// A member proposed an incident: the coordinators and police liaisons are asked to confirm it.
export async function queueIncidentProposedEmails(tx: Prisma.TransactionClient, incidentId: string) {
  const incident = await tx.incident.findUniqueOrThrow({
    where: { id: incidentId },
    select: { id: true, programmeId: true, whatHappened: true, level: true, programme: { select: { name: true } } },
  });
  const deciders = await tx.membership.findMany({
    where: { programmeId: incident.programmeId, leftAt: null, role: { in: ["COORDINATOR", "POLICE_LIAISON"] } },
    select: { id: true, person: { select: { name: true, email: true, locale: true } } },
  });
  const link = `${appUrl()}/programmes/${incident.programmeId}/incidents/${incident.id}`;
  const emails = await Promise.all(
    deciders.map(async (m) => ({
      dedupeKey: `incident-proposed:${incident.id}:${m.id}`,
      to: m.person.email,
      ...(await incidentProposedEmail({ name: m.person.name, programme: incident.programme.name, whatHappened: incident.whatHappened, level: incident.level, link }, m.person.locale)),
    })),
  );
  await tx.email.createMany({ data: emails, skipDuplicates: true });
}
