import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverPendingEmails, maxDeliveryAttempts, type MailTransport } from "./deliver-emails";
import { queueEmail } from "./queue-email";
import { signInLinkEmail } from "./templates/sign-in-link";
import { linkTokenSlot } from "./email-links";
import { mailbox } from "@/tests/support/mailbox";

describe("deliverPendingEmails", () => {
  it("sends the plain text and the HTML version stored in the outbox, once", async () => {
    const { sent, transport } = mailbox();
    const email = await signInLinkEmail({ name: "Fatma", link: "https://allies.example/sign-in" }, "nl");
    await queueEmail({ dedupeKey: "test:deliver-html", to: "fatma@example.test", ...email });
    await queueEmail({ dedupeKey: "test:deliver-html", to: "fatma@example.test", ...email });

    await deliverPendingEmails(20, transport);
    await deliverPendingEmails(20, transport);

    const mine = sent.filter((message) => message.to === "fatma@example.test");
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ subject: "Je inloglink voor Allies", text: email.text, html: email.html });
    expect(mine[0]!.html).toContain('<html lang="nl"');
    // Once delivered, the body (and the link in it) is no longer kept.
    expect(await db.email.findUniqueOrThrow({ where: { dedupeKey: "test:deliver-html" } })).toMatchObject({ attempts: 1, text: "", html: null, subject: "Je inloglink voor Allies" });
  });

  it("tries an e-mail that fails up to five times, then gives up and keeps no body (no link waits in the table)", async () => {
    const transport: MailTransport = {
      sendMail: (async () => {
        throw new Error("SMTP said no");
      }) as unknown as MailTransport["sendMail"],
    };
    const email = await signInLinkEmail({ name: "Karim", link: "https://allies.example/sign-in?token=secret-in-the-link" }, "en");
    await queueEmail({ dedupeKey: "test:deliver-fails", to: "karim@example.test", ...email });
    const row = () => db.email.findUniqueOrThrow({ where: { dedupeKey: "test:deliver-fails" } });

    for (let attempt = 1; attempt < maxDeliveryAttempts; attempt++) {
      await deliverPendingEmails(1, transport);
      expect(await row()).toMatchObject({ attempts: attempt, sentAt: null, text: email.text, lastError: "Error: SMTP said no" });
    }
    await deliverPendingEmails(1, transport);
    expect(await row()).toMatchObject({ attempts: maxDeliveryAttempts, sentAt: null, text: "", html: null, subject: email.subject });
    // Given up: not tried again.
    await deliverPendingEmails(1, transport);
    expect((await row()).attempts).toBe(maxDeliveryAttempts);
  });

  it("does not send a link to something gone (an invitation deleted meanwhile), and keeps no body", async () => {
    const box = mailbox();
    const email = await signInLinkEmail({ name: "Nadia", link: `https://allies.example/invitations/${linkTokenSlot}` }, "en");
    await queueEmail({ dedupeKey: "test:deliver-gone", to: "nadia@example.test", link: { kind: "invitation", ref: "no-such-invitation" }, ...email });
    await box.send();
    expect(box.sent.filter((m) => m.to === "nadia@example.test")).toEqual([]);
    expect(await db.email.findUniqueOrThrow({ where: { dedupeKey: "test:deliver-gone" } })).toMatchObject({ sentAt: null, attempts: maxDeliveryAttempts, text: "", html: null });
  });
});
