import { getMessages } from "next-intl/server";
import type { Messages, Namespace } from "./messages";

// Areas with their own "errors" texts (account, admin, members, ...).
type AreaWithErrors = { [N in Namespace]: Messages[N] extends { errors: Record<string, string> } ? N : never }[Namespace];

// The translated error texts a client form needs, passed as a prop (no i18n runtime on the client):
// the general ones, overridden by those of the given areas, in that order.
export async function getErrorTexts(...areas: AreaWithErrors[]): Promise<Record<string, string>> {
  const messages = await getMessages();
  return Object.assign({}, messages.errors, ...areas.map((area) => messages[area].errors));
}
