import { db } from "@/lib/db";
import { queueEmail } from "@/lib/email/queue-email";
import { tensionAlertEmail } from "@/lib/email/templates/tension-alert";
import { appUrl } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadTensionInputs } from "./load-tension-inputs";
import { signalSettingsOf } from "./signal-settings";
import { alertDecision, levelNowAndBefore } from "./tension-rule";
import { takeTurn } from "@/lib/db/locks";

// After a signal or pulse answer (in its transaction) and from the scheduled job: when the
// programme's level rose (docs/tension-picture.md "Alerts"), one TensionAlert row and one
// e-mail per coordinator and police liaison, queued in the outbox the worker delivers.
// A transaction-scoped advisory lock per programme makes concurrent reports alert once.
export async function checkTensionRise(tx: Prisma.TransactionClient, programmeId: string, now = new Date()): Promise<boolean> {
  await takeTurn(tx, `tension:${programmeId}`);
  const settings = await signalSettingsOf(tx, programmeId);
  const { signals, pulse } = await loadTensionInputs(tx, programmeId, {}, now);
  const levels = levelNowAndBefore(signals, pulse, now);
  const decision = alertDecision(levels, settings.alertLevel, settings.alertedLevel);
  if (decision.alertedLevel !== settings.alertedLevel) {
    // Made at version 0, as no one has saved the settings: a settings form open meanwhile
    // (at 0, the defaults) still saves (updateSignalSettings).
    await tx.signalSettings.upsert({ where: { programmeId }, create: { programmeId, alertedLevel: decision.alertedLevel, version: 0 }, update: { alertedLevel: decision.alertedLevel } });
  }
  if (!decision.alert) return false;
  const alert = await tx.tensionAlert.create({ data: { programmeId, level: levels.now, previousLevel: levels.before }, select: { id: true } });
  const [programme, recipients] = await Promise.all([
    tx.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { name: true } }),
    tx.membership.findMany({
      where: { programmeId, leftAt: null, role: { in: ["COORDINATOR", "POLICE_LIAISON"] } },
      select: { id: true, person: { select: { name: true, email: true, locale: true } } },
    }),
  ]);
  for (const recipient of recipients) {
    const email = await tensionAlertEmail(
      { name: recipient.person.name, programme: programme.name, level: levels.now, previousLevel: levels.before, link: `${appUrl()}/programmes/${programmeId}/signals` },
      recipient.person.locale,
    );
    await queueEmail({ dedupeKey: `tension-alert:${alert.id}:${recipient.id}`, to: recipient.person.email, ...email }, tx);
  }
  return true;
}

// The scheduled job: every programme with signals or pulse answers lately is checked, so a
// level that falls (time passing) re-arms the alert and pulse answers are counted.
export async function checkAllTension(now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - 42 * 86_400_000);
  const programmes = await db.programme.findMany({
    where: { OR: [{ signals: { some: { createdAt: { gte: since } } } }, { pulseRounds: { some: { opensAt: { gte: since } } } }, { signalSettings: { alertedLevel: { not: null } } }] },
    select: { id: true },
  });
  let alerts = 0;
  for (const { id } of programmes) {
    if (await db.$transaction((tx) => checkTensionRise(tx, id, now))) alerts++;
  }
  return alerts;
}
