import { getTranslations } from "@/lib/i18n/server";
import { ChoiceField } from "@/components/forms/choice-field";
import { trustScale, trustStatements, type TrustStatement } from "@/lib/trust/statements";

// The three statements, each a five-step scale of big radio buttons (no JavaScript needed).
// `preselected` comes from the e-mail's one-tap link.
export async function TrustStatementFields({ preselected = {} }: { preselected?: Partial<Record<TrustStatement, number | null>> }) {
  const t = await getTranslations("trust");
  const options = trustScale.map((value) => ({ value, label: t(`scale.${value}`) }));
  return (
    <>
      {trustStatements.map((statement) => (
        <ChoiceField key={statement} legend={t(`statements.${statement}`)} name={statement} options={options} layout="column" defaultValue={preselected[statement] ? String(preselected[statement]) : undefined} />
      ))}
    </>
  );
}
