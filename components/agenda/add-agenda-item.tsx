import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { addAgendaItemAction } from "@/app/programmes/[programmeId]/dinners/[dinnerId]/agenda/actions";
import { AgendaItemFields, type AgendaTopic } from "./agenda-item-fields";

export async function AddAgendaItem({ programmeId, dinnerId, topics, mayUseProfessionalsOnly }: { programmeId: string; dinnerId: string; topics: AgendaTopic[]; mayUseProfessionalsOnly: boolean }) {
  const t = await getTranslations("agenda");
  return (
    <Section id="add-item" title={t("addItem")} card>
      <Form action={addAgendaItemAction} texts={await formTexts("agenda")}>
        <HiddenFields values={{ programmeId, dinnerId }} />
        <AgendaItemFields topics={topics} mayUseProfessionalsOnly={mayUseProfessionalsOnly} />
        <div>
          <SubmitButton>{t("add")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}
