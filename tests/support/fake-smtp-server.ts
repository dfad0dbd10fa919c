import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedEmail = { to: string; subject: string; text: string };

// An SMTP server for end-to-end tests: the app sends its e-mails to it over real SMTP (as in
// production), and the tests read what arrived over HTTP (GET /messages?to=…), as a member
// reads their inbox. Nothing is kept on disk.
export async function startFakeSmtpServer(): Promise<{ smtpUrl: string; mailboxUrl: string; close: () => Promise<void> }> {
  const received: ReceivedEmail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          for (const recipient of session.envelope.rcptTo) received.push({ to: recipient.address.toLowerCase(), subject: mail.subject ?? "", text: mail.text ?? "" });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const http = createServer((request: IncomingMessage, response: ServerResponse) => {
    const to = new URL(request.url ?? "/", "http://localhost").searchParams.get("to")?.toLowerCase();
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(received.filter((m) => !to || m.to === to)));
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const httpPort = (http.address() as AddressInfo).port;

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    mailboxUrl: `http://127.0.0.1:${httpPort}/messages`,
    close: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
