import { deliverPendingEmails, type MailTransport } from "@/lib/email/deliver-emails";

export type SentEmail = { to: string; subject: string; text: string; html?: string };

// A recording stand-in for the SMTP server: what the outbox sent, as the member receives it
// (links with their tokens, made at sending). `send()` works the outbox as the worker does.
export function mailbox() {
  const sent: SentEmail[] = [];
  const transport: MailTransport = {
    sendMail: (async (message: SentEmail) => {
      sent.push({ to: message.to, subject: message.subject, text: message.text, html: message.html });
      return { messageId: String(sent.length) };
    }) as unknown as MailTransport["sendMail"],
  };
  return {
    sent,
    transport,
    async send() {
      while ((await deliverPendingEmails(20, transport)) === 20);
      return sent;
    },
    // The last e-mail sent to this address, after sending what waits.
    async lastTo(to: string): Promise<SentEmail> {
      const found = (await this.send()).filter((m) => m.to === to).at(-1);
      if (!found) throw new Error(`No e-mail was sent to ${to}.`);
      return found;
    },
  };
}
