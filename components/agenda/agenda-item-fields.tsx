import { getTranslations } from "@/lib/i18n/server";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { addAgendaItemInput } from "@/lib/agenda/agenda-item-input";
import { inputPropsOf } from "@/lib/forms/input-props";
import { topicLabel } from "@/lib/topics/topic-label";
import type { TopicKey } from "@/lib/generated/prisma/enums";

export type AgendaTopic = { id: string; key: TopicKey | null; name: string | null };
type Item = { title: string; notes: string; visibility: "ALL_MEMBERS" | "PROFESSIONALS"; topic: AgendaTopic | null };

const fields = inputPropsOf(addAgendaItemInput);

// The fields of an agenda item, for adding one and for editing it.
export async function AgendaItemFields({ topics, item, mayUseProfessionalsOnly }: { topics: AgendaTopic[]; item?: Item; mayUseProfessionalsOnly: boolean }) {
  const t = await getTranslations("agenda");
  const common = await getTranslations("common");
  // An archived topic stays selectable on the items that already have it.
  const choosable = item?.topic && !topics.some((topic) => topic.id === item.topic!.id) ? [...topics, item.topic] : topics;
  return (
    <>
      <TextField label={t("itemTitle")} {...fields.title} defaultValue={item?.title} autoComplete="off" />
      <SelectField
        label={t("topic")}
        {...fields.topicId}
        defaultValue={item?.topic?.id ?? ""}
        options={[{ value: "", label: t("noTopic") }, ...choosable.map((topic) => ({ value: topic.id, label: topicLabel(topic, common) }))]}
      />
      <TextAreaField label={t("notes")} hint={t("notesHint")} {...fields.notes} defaultValue={item?.notes} />
      {mayUseProfessionalsOnly ? (
        <SelectField
          label={t("visibilityLabel")}
          hint={t("visibilityHint")}
          {...fields.visibility}
          defaultValue={item?.visibility ?? "ALL_MEMBERS"}
          options={(["ALL_MEMBERS", "PROFESSIONALS"] as const).map((value) => ({ value, label: t(`visibility.${value}`) }))}
        />
      ) : (
        <input type="hidden" name="visibility" value="ALL_MEMBERS" />
      )}
    </>
  );
}
