import { appUrl } from "@/lib/env";

type Translate = (key: "incidentShare.text" | "incidentShare.contact", values: Record<string, string | number>) => string;

export type ShareContact = { party: string; name: string };

// The text members paste into the programme's group chat, and a share link with it filled in
// (WhatsApp's; the text can also be copied into any other chat). Names only of the first
// contacts, never of anyone the incident is about.
export function incidentShare(data: { programme: string; whatHappened: string; level: number; contacts: ShareContact[]; programmeId: string; incidentId: string }, t: Translate) {
  const url = `${appUrl()}/programmes/${data.programmeId}/incidents/${data.incidentId}`;
  const contacts = data.contacts.map((c) => t("incidentShare.contact", { party: c.party, name: c.name })).join("; ");
  const text = t("incidentShare.text", { programme: data.programme, whatHappened: data.whatHappened, level: data.level, contacts: contacts || "-", url });
  return { text, url, shareLink: `https://wa.me/?text=${encodeURIComponent(text)}` };
}
