import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Card } from "@/components/page/card";
import { Section } from "@/components/page/section";
import type { Protocol } from "@/lib/incidents/get-protocol";

type Contact = { name: string; phone: string | null } | null;
type Step = { party: "POLICE" | "MUNICIPALITY" | "COMMUNITY"; firstContact: Contact; backup: Contact; firstHour: string; firstDay: string };

// Who takes the first step, per party: first contact, backup, the first hour and the first day.
export async function ProtocolSteps({ steps, headingLevel = 3 }: { steps: Step[]; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("incidents.protocol");
  const common = await getTranslations("common");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="grid gap-3 sm:grid-cols-3">
      {steps.map((step) => (
        <Card as="li" key={step.party}>
          <Heading className="font-semibold">{common(`parties.${step.party}`)}</Heading>
          <dl className="mt-2 flex flex-col gap-1 text-sm">
            <dt className="font-semibold">{t("firstContact")}</dt>
            <dd className="break-words">{step.firstContact ? `${step.firstContact.name}${step.firstContact.phone ? ` · ${step.firstContact.phone}` : ""}` : t("nobody")}</dd>
            <dt className="font-semibold">{t("backup")}</dt>
            <dd className="break-words">{step.backup ? `${step.backup.name}${step.backup.phone ? ` · ${step.backup.phone}` : ""}` : t("nobody")}</dd>
            <dt className="font-semibold">{t("firstHour")}</dt>
            <dd className="break-words whitespace-pre-line">{step.firstHour || "—"}</dd>
            <dt className="font-semibold">{t("firstDay")}</dt>
            <dd className="break-words whitespace-pre-line">{step.firstDay || "—"}</dd>
          </dl>
        </Card>
      ))}
    </ul>
  );
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
