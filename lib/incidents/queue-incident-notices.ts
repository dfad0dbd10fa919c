import type { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/env";
import { incidentOpenedEmail } from "@/lib/email/templates/incident-opened";
import { translatorFor } from "@/lib/i18n/translator";
import { queuePush } from "@/lib/push/queue-push";
import { currentProtocol } from "./current-protocol";
import { incidentShare } from "./share-text";

// Everyone in the programme is told at once, in their language: an e-mail through the
// outbox and a push message to every device that opted in. Inside the opening transaction;
// a fixed number of queries (the rows are written in two createMany calls).
export async function queueIncidentNotices(tx: Prisma.TransactionClient, incidentId: string) {
  const incident = await tx.incident.findUniqueOrThrow({
    where: { id: incidentId },
    select: { id: true, programmeId: true, whatHappened: true, area: true, level: true, programme: { select: { name: true, groupChatUrl: true } } },
  });
  const [protocol, members] = await Promise.all([
    currentProtocol(tx, incident.programmeId),
    tx.membership.findMany({
      where: { programmeId: incident.programmeId, leftAt: null },
      select: { id: true, party: true, person: { select: { id: true, name: true, email: true, locale: true, pushSubscriptions: { select: { id: true } } } } },
    }),
  ]);
  const nameOf = new Map(members.map((m) => [m.id, m.person.name]));
  const link = `${appUrl()}/programmes/${incident.programmeId}/incidents/${incident.id}`;
  const emails = [];
  const pushes = [];
  for (const member of members) {
    const { t } = await translatorFor(member.person.locale, "emails");
    const steps = (protocol?.parties ?? []).map((p) => ({
      party: t(`incidentOpened.party.${p.party}`),
      firstContact: p.firstContactId ? (nameOf.get(p.firstContactId) ?? "") : "",
      backup: p.backupId ? (nameOf.get(p.backupId) ?? "") : "",
      firstHour: p.firstHour,
      firstDay: p.firstDay,
    }));
    const share = incidentShare(
      {
        programme: incident.programme.name,
        whatHappened: incident.whatHappened,
        level: incident.level,
        contacts: steps.filter((s) => s.firstContact).map((s) => ({ party: s.party, name: s.firstContact })),
        programmeId: incident.programmeId,
        incidentId: incident.id,
      },
      t,
    );
    const email = await incidentOpenedEmail(
      { name: member.person.name, programme: incident.programme.name, whatHappened: incident.whatHappened, area: incident.area, level: incident.level, steps, link, shareLink: share.shareLink, shareText: share.text, groupChatUrl: incident.programme.groupChatUrl },
      member.person.locale,
    );
    emails.push({ dedupeKey: `incident-opened:${incident.id}:${member.id}`, to: member.person.email, ...email });
    for (const subscription of member.person.pushSubscriptions) {
      pushes.push({
        dedupeKey: `incident-opened:${incident.id}:${subscription.id}`,
        subscriptionId: subscription.id,
        payload: { title: t("incidentOpened.pushTitle", { programme: incident.programme.name }), body: t("incidentOpened.pushBody", { level: incident.level, whatHappened: incident.whatHappened.slice(0, 140) }), url: link, tag: `incident-${incident.id}` },
      });
    }
  }
  await tx.email.createMany({ data: emails, skipDuplicates: true });
  await queuePush(pushes, tx);
}
