import { db } from "@/lib/db";

// How long what is no longer needed is kept (docs/jobs.md "Housekeeping").
export const retention = {
  // Rate-limit windows are at most an hour; a day of counters is plenty.
  rateLimitsMs: 24 * 60 * 60 * 1000,
  // Delivered e-mails (their bodies are already gone): the subject and address for a month.
  deliveredEmailsMs: 30 * 24 * 60 * 60 * 1000,
  // Undelivered ones (no SMTP, or failing): the longest link in them (an invitation)
  // lives 14 days; after 15 the row and its token go.
  undeliveredEmailsMs: 15 * 24 * 60 * 60 * 1000,
  // Push messages (their payload holds an incident's text) once sent or given up: a week.
  finishedPushMs: 7 * 24 * 60 * 60 * 1000,
  // Form submission keys only need to outlive a retry.
  submissionKeysMs: 24 * 60 * 60 * 1000,
};

// The one scheduled clean-up: expired sign-in links and sessions, old rate-limit counters,
// old e-mails and push messages, and submission keys. Idempotent and cheap (indexed
// deletes); runs hourly on whichever instance pg-boss picks. Returns the number of rows removed.
export async function runHousekeeping(now = new Date()): Promise<number> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const results = await db.$transaction([
    db.verificationToken.deleteMany({ where: { expires: { lt: now } } }),
    db.session.deleteMany({ where: { expires: { lt: now } } }),
    db.rateLimit.deleteMany({ where: { windowStart: { lt: before(retention.rateLimitsMs) } } }),
    db.email.deleteMany({ where: { sentAt: { lt: before(retention.deliveredEmailsMs) } } }),
    db.email.deleteMany({ where: { sentAt: null, createdAt: { lt: before(retention.undeliveredEmailsMs) } } }),
    // Given up: unsent after deliver-push's 5 attempts (retried a minute apart, so given up
    // soon after being written; the row keeps no time of its own for that).
    db.pushMessage.deleteMany({ where: { OR: [{ sentAt: { lt: before(retention.finishedPushMs) } }, { sentAt: null, attempts: { gte: 5 }, createdAt: { lt: before(retention.finishedPushMs) } }] } }),
    db.submissionKey.deleteMany({ where: { createdAt: { lt: before(retention.submissionKeysMs) } } }),
    // Reminder e-mails' answer links (issue 14) expire when their dinner starts.
    db.dinnerAnswerLink.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return results.reduce((total, result) => total + result.count, 0);
}
