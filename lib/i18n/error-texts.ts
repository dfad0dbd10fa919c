import { getMessages } from "next-intl/server";

// The translated error texts a client form needs, passed as a prop (no i18n runtime on the client).
export async function getErrorTexts(): Promise<Record<string, string>> {
  const messages = (await getMessages()) as { errors: Record<string, string> };
  return messages.errors;
}
