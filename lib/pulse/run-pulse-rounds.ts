import { db } from "@/lib/db";
import { queueEmail } from "@/lib/email/queue-email";
import { pulseQuestionEmail } from "@/lib/email/templates/pulse-question";
import { appUrl } from "@/lib/env";
import { defaultSignalSettings } from "@/lib/signals/signal-settings";
import { hashOfNoToken, linkTokenSlot } from "@/lib/email/email-links";
import { takeTurn } from "@/lib/db/locks";

const DAY = 86_400_000;

// Scheduled job (docs/jobs.md): closes rounds that ended, deleting their invites (after
// that nothing links an answer to anyone, not even "who answered"), and opens a new round
// wherever the programme's interval has passed, e-mailing every active member one
// question in their language. Idempotent: a per-programme lock and "no round open yet".
export async function runPulseRounds(now = new Date()): Promise<number> {
  const ended = await db.pulseRound.findMany({ where: { closedAt: null, closesAt: { lte: now } }, select: { id: true } });
  for (const round of ended) {
    await db.$transaction([db.pulseInvite.deleteMany({ where: { roundId: round.id } }), db.pulseRound.update({ where: { id: round.id }, data: { closedAt: now } })]);
  }
  const programmes = await db.programme.findMany({
    select: { id: true, name: true, signalSettings: { select: { pulseEveryDays: true } }, pulseRounds: { orderBy: { opensAt: "desc" }, take: 1, select: { opensAt: true } } },
  });
  let opened = 0;
  for (const programme of programmes) {
    const every = programme.signalSettings ? programme.signalSettings.pulseEveryDays : defaultSignalSettings.pulseEveryDays;
    if (!every) continue;
    const last = programme.pulseRounds[0];
    if (last && last.opensAt.getTime() + every * DAY > now.getTime()) continue;
    const didOpen = await db.$transaction(async (tx) => {
      await takeTurn(tx, `pulse:${programme.id}`);
      const latest = await tx.pulseRound.findFirst({ where: { programmeId: programme.id }, orderBy: { opensAt: "desc" }, select: { opensAt: true } });
      if (latest && latest.opensAt.getTime() + every * DAY > now.getTime()) return false;
      const closesAt = new Date(now.getTime() + every * DAY);
      const round = await tx.pulseRound.create({ data: { programmeId: programme.id, opensAt: now, closesAt }, select: { id: true } });
      const members = await tx.membership.findMany({ where: { programmeId: programme.id, leftAt: null }, select: { id: true, person: { select: { name: true, email: true, locale: true } } } });
      for (const member of members) {
        await tx.pulseInvite.create({ data: { roundId: round.id, membershipId: member.id, tokenHash: hashOfNoToken(), expiresAt: closesAt } });
        const email = await pulseQuestionEmail({ name: member.person.name, programme: programme.name, link: `${appUrl()}/pulse/${linkTokenSlot}` }, member.person.locale);
        await queueEmail({ dedupeKey: `pulse:${round.id}:${member.id}`, to: member.person.email, link: { kind: "pulse", ref: `${round.id}:${member.id}` }, ...email }, tx);
      }
      return true;
    }, { timeout: 60_000 });
    if (didOpen) opened++;
  }
  return opened;
}
