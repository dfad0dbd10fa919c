import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";
import type { ReceivedEmail } from "@/tests/support/fake-smtp-server";
import { e2eInfoFile } from "./info-file";

// What the app sent over SMTP to the fake server of tests/e2e/server.ts.
function mailboxUrl(): string {
  const port = process.env.E2E_PORT ?? "3100";
  return (JSON.parse(readFileSync(e2eInfoFile(port), "utf8")) as { mailboxUrl: string }).mailboxUrl;
}

// The e-mail to this address whose subject matches (and whose text holds `containing`),
// waiting for it to arrive: the app sends at once when nudged, else at the worker's next minute.
export async function emailTo(to: string, subject: RegExp, containing = ""): Promise<ReceivedEmail> {
  let found: ReceivedEmail | undefined;
  await expect
    .poll(
      async () => {
        const received = (await (await fetch(`${mailboxUrl()}?to=${encodeURIComponent(to)}`)).json()) as ReceivedEmail[];
        found = received.find((m) => subject.test(m.subject) && m.text.includes(containing));
        return Boolean(found);
      },
      { timeout: 75_000, intervals: [250, 500, 1000] },
    )
    .toBe(true);
  return found!;
}
