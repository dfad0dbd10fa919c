import { getLocale, getTranslations } from "@/lib/i18n/server";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { VersionInput } from "@/components/forms/version-input";
import { Card } from "@/components/page/card";
import { FormLink } from "@/components/page/form-link";
import { Section } from "@/components/page/section";
import type { getAgenda } from "@/lib/agenda/get-agenda";
import { formTexts } from "@/lib/forms/form-texts";
import { topicLabel } from "@/lib/topics/topic-label";
import { deleteAgendaItemAction, moveAgendaItemAction, updateAgendaItemAction } from "@/app/programmes/[programmeId]/dinners/[dinnerId]/agenda/actions";
import { AgendaItemFields } from "./agenda-item-fields";

type Agenda = Awaited<ReturnType<typeof getAgenda>>;

// The items of the agenda; those who may edit can move, edit and delete each one. One item's
// edit and delete forms at a time, from its link (`?edit=<item>#item-<item>`, docs/conventions.md).
export async function AgendaItems({ programmeId, dinnerId, agenda, editing }: { programmeId: string; dinnerId: string; agenda: Agenda; editing?: string }) {
  const t = await getTranslations("agenda");
  const common = await getTranslations("common");
  const locale = await getLocale();
  const texts = await formTexts("agenda");
  const { items } = agenda;
  return (
    <Section id="items" title={t("items")}>
      {items.length === 0 && <p>{t("noItems")}</p>}
      <ol className="flex flex-col gap-3">
        {items.map((item, index) => {
          const ids = { programmeId, dinnerId, itemId: item.id };
          return (
            <Card as="li" key={item.id} id={`item-${item.id}`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  {item.topic && <p className="text-sm font-medium text-blue-900">{topicLabel(item.topic, common)}</p>}
                  <h3 className="font-semibold break-words">{item.title}</h3>
                </div>
                {item.visibility === "PROFESSIONALS" && (
                  <span className="rounded-full bg-amber-50 px-2 py-0.5 text-sm font-medium text-amber-950 ring-1 ring-amber-700">{t("visibility.PROFESSIONALS")}</span>
                )}
              </div>
              {item.notes && <p className="mt-2 whitespace-pre-line break-words">{item.notes}</p>}
              {agenda.canEdit && (
                <div className="mt-3 flex flex-col gap-2">
                  <div className="flex flex-wrap gap-2">
                    {(["up", "down"] as const)
                      .filter((direction) => (direction === "up" ? index > 0 : index < items.length - 1))
                      .map((direction) => (
                        <Form key={direction} action={moveAgendaItemAction} texts={texts} className="">
                          <HiddenFields values={{ ...ids, direction }} />
                          <SubmitButton tone="secondary" aria-label={t(direction === "up" ? "moveUpLabel" : "moveDownLabel", { title: item.title })}>
                            {t(direction === "up" ? "moveUp" : "moveDown")}
                          </SubmitButton>
                        </Form>
                      ))}
                  </div>
                  {editing !== item.id && <FormLink href={`/programmes/${programmeId}/dinners/${dinnerId}/agenda?edit=${item.id}#item-${item.id}`}>{t("editItem", { title: item.title })}</FormLink>}
                  {editing === item.id && (
                    <>
                      <Form action={updateAgendaItemAction} texts={texts} className="mt-2 flex flex-col gap-4">
                        <HiddenFields values={ids} />
                        <VersionInput version={item.version} />
                        <ConflictNotice
                          heading={t("conflictHeading")}
                          locale={locale}
                          timeZone={agenda.timeZone}
                          rows={[
                            { key: "title", label: t("itemTitle") },
                            { key: "notes", label: t("notes") },
                          ]}
                        />
                        <AgendaItemFields topics={agenda.topics} item={item} mayUseProfessionalsOnly={agenda.mayUseProfessionalsOnly} />
                        <div>
                          <SubmitButton>{t("save")}</SubmitButton>
                        </div>
                      </Form>
                      <Form action={deleteAgendaItemAction} texts={texts} className="mt-3">
                        <HiddenFields values={{ ...ids, version: item.version }} />
                        <div>
                          <SubmitButton tone="danger">{t("deleteItem")}</SubmitButton>
                        </div>
                      </Form>
                    </>
                  )}
                </div>
              )}
            </Card>
          );
        })}
      </ol>
    </Section>
  );
}
