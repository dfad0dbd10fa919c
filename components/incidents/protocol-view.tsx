import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { cardClass } from "@/components/page/card";
import { html, phoneLink } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import type { Protocol } from "@/lib/incidents/get-protocol";

type Contact = { name: string; phone: string | null } | null;
type Step = { party: "POLICE" | "MUNICIPALITY" | "COMMUNITY"; firstContact: Contact; backup: Contact; firstHour: string; firstDay: string };

// Who takes the first step, per party: first contact, backup, the first hour and the first day.
export async function ProtocolSteps({ steps, headingLevel = 3 }: { steps: Step[]; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("incidents.protocol");
  const common = await getTranslations("common");
  const heading = (party: string) => (headingLevel === 2 ? html`<h2 class="font-semibold">${party}</h2>` : html`<h3 class="font-semibold">${party}</h3>`);
  // In turmoil the first contact is one tap away: the number (shown only with consent) calls.
  const contact = (person: Contact) => (person ? html`${person.name}${person.phone ? html` · ${phoneLink(person.phone)}` : ""}` : t("nobody"));
  // Read-only: prepared markup (decision 026), one element instead of ~35.
  const items = html`${steps.map(
    (step) =>
      html`<li class="${cardClass}">${heading(common(`parties.${step.party}`))}<dl class="mt-2 flex flex-col gap-1 text-sm"><dt class="font-semibold">${t("firstContact")}</dt><dd class="break-words">${contact(step.firstContact)}</dd><dt class="font-semibold">${t("backup")}</dt><dd class="break-words">${contact(step.backup)}</dd><dt class="font-semibold">${t("firstHour")}</dt><dd class="break-words whitespace-pre-line">${step.firstHour || "—"}</dd><dt class="font-semibold">${t("firstDay")}</dt><dd class="break-words whitespace-pre-line">${step.firstDay || "—"}</dd></dl></li>`,
  )}`;
  return <ul className="grid gap-3 sm:grid-cols-3" dangerouslySetInnerHTML={items} />;
}

export async function ProtocolView({ programmeId, protocol, timeZone }: { programmeId: string; protocol: Protocol["protocol"]; timeZone: string }) {
  const t = await getTranslations("incidents.protocol");
  const format = await getFormatter();
  return (
    <Section
      id="first-step"
      title={t("title")}
      hint={protocol ? t("version", { version: protocol.version, date: format.dateTime(protocol.agreedAt, { timeZone, dateStyle: "long" }) }) : t("none")}
    >
      {protocol && (
        <>
          <ProtocolSteps steps={protocol.parties} />
          <p>
            <a href={`/programmes/${programmeId}/protocol/card`}>{t("printCard")}</a>
          </p>
        </>
      )}
    </Section>
  );
}
