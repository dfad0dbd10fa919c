import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env, isDemo } from "@/lib/env";
import { fillLinkToken, makeLinkToken } from "./email-links";

let transport: nodemailer.Transporter | undefined;

// Sends what is waiting in the outbox. Each row is claimed with SKIP LOCKED so that
// several app instances never send the same e-mail twice.
// `transport` replaces the SMTP transport (tests pass a recording one).
export type MailTransport = Pick<nodemailer.Transporter, "sendMail">;

// Demo mode without SMTP: the log is the development inbox, and nothing leaves the machine.
const developmentInbox: MailTransport = {
  sendMail: async (message) => {
    console.info(`[outbox] to ${String(message.to)}: ${message.subject}\n${String(message.text)}\n`);
    return {};
  },
};

function mailer(): MailTransport | undefined {
  if (env.SMTP_URL) return (transport ??= nodemailer.createTransport(env.SMTP_URL));
  return isDemo ? developmentInbox : undefined;
}

// Attempts before an e-mail is given up (it then stays for the retention period, bodiless).
export const maxDeliveryAttempts = 5;

export async function deliverPendingEmails(limit = 20, transport?: MailTransport): Promise<number> {
  const sender = transport ?? mailer();
  if (!sender) {
    if (env.NODE_ENV === "production") console.warn("SMTP_URL is not set: e-mails stay in the outbox.");
    return 0;
  }
  let sent = 0;
  for (let i = 0; i < limit; i++) {
    const delivered = await db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string; to: string; subject: string; text: string; html: string | null; attempts: number; linkKind: string | null; linkRef: string | null }[]>`
        SELECT id, "to", subject, text, html, attempts, "linkKind", "linkRef" FROM "Email"
        WHERE "sentAt" IS NULL AND attempts < ${maxDeliveryAttempts}
        ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!row) return null;
      let { text, html } = row;
      if (row.linkKind) {
        // Made here, in the transaction that sends: the token exists only in what is sent.
        const token = await makeLinkToken(tx, row.linkKind, row.linkRef, row.to);
        if (!token) {
          await tx.email.update({ where: { id: row.id }, data: { attempts: maxDeliveryAttempts, lastError: "What the link opens no longer exists.", text: "", html: null } });
          return row.id;
        }
        text = fillLinkToken(text, token);
        html = html && fillLinkToken(html, token);
      }
      try {
        await sender.sendMail({ from: env.EMAIL_FROM, to: row.to, subject: row.subject, text, html: html ?? undefined });
        // Delivered: the body is no longer kept.
        await tx.email.update({ where: { id: row.id }, data: { sentAt: new Date(), attempts: { increment: 1 }, text: "", html: null } });
      } catch (error) {
        // Given up: its body must not wait in the table for the retention period either.
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
