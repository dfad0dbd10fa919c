import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env, isDemo } from "@/lib/env";

let transport: nodemailer.Transporter | undefined;

function smtp() {
  if (!env.SMTP_URL) return undefined;
  return (transport ??= nodemailer.createTransport(env.SMTP_URL));
}

// Sends what is waiting in the outbox. Each row is claimed with SKIP LOCKED so that
// several app instances never send the same e-mail twice.
// Without SMTP the outbox is the development inbox (demo mode): nothing leaves the machine.
// `transport` replaces the SMTP transport (tests pass a recording one).
export type MailTransport = Pick<nodemailer.Transporter, "sendMail">;

// Attempts before an e-mail is given up (it then stays for the retention period, bodiless).
export const maxDeliveryAttempts = 5;

export async function deliverPendingEmails(limit = 20, transport?: MailTransport): Promise<number> {
  const mailer = transport ?? smtp();
  if (!mailer) {
    if (!isDemo && env.NODE_ENV === "production") console.warn("SMTP_URL is not set: e-mails stay in the outbox.");
    return 0;
  }
  let sent = 0;
  for (let i = 0; i < limit; i++) {
    const delivered = await db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string; to: string; subject: string; text: string; html: string | null; attempts: number }[]>`
        SELECT id, "to", subject, text, html, attempts FROM "Email"
        WHERE "sentAt" IS NULL AND attempts < ${maxDeliveryAttempts}
        ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!row) return null;
      try {
        await mailer.sendMail({ from: env.EMAIL_FROM, to: row.to, subject: row.subject, text: row.text, html: row.html ?? undefined });
        // Delivered: the body (sign-in and invitation links in it) is no longer kept.
        await tx.email.update({ where: { id: row.id }, data: { sentAt: new Date(), attempts: { increment: 1 }, text: "", html: null } });
      } catch (error) {
        // Given up: its links must not wait in the table for the retention period either.
        const givenUp = row.attempts + 1 >= maxDeliveryAttempts;
        await tx.email.update({ where: { id: row.id }, data: { attempts: { increment: 1 }, lastError: String(error), ...(givenUp ? { text: "", html: null } : {}) } });
      }
      return row.id;
    });
    if (!delivered) break;
    sent++;
  }
  return sent;
}
