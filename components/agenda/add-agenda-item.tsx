import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormLink } from "@/components/page/form-link";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { addAgendaItemAction } from "@/app/programmes/[programmeId]/dinners/[dinnerId]/agenda/actions";
import { AgendaItemFields, type AgendaTopic } from "./agenda-item-fields";

// Opens from its link (`?form=add-item`, docs/conventions.md): the agenda is the page every
// member opens before and at the dinner, adding to it is the coordinator's preparation
// (issue 10, decision 029). The form stays open after an item is added, for the next one.
export async function AddAgendaItem({ programmeId, dinnerId, topics, mayUseProfessionalsOnly, open }: { programmeId: string; dinnerId: string; topics: AgendaTopic[]; mayUseProfessionalsOnly: boolean; open: boolean }) {
  const t = await getTranslations("agenda");
  if (!open) return <FormLink href={`/programmes/${programmeId}/dinners/${dinnerId}/agenda?form=add-item#add-item`}>{t("addItem")}</FormLink>;
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
