import { getTranslations } from "@/lib/i18n/server";
import { TextField } from "@/components/forms/text-field";
import { scheduleDinnerInput } from "@/lib/dinners/dinner-input";
import { inputPropsOf } from "@/lib/forms/input-props";
import { VenueFields, type VenueValues } from "./venue-fields";

export type DinnerValues = VenueValues & { startsAt: string; endsAt: string };

const fields = inputPropsOf(scheduleDinnerInput);

// The fields of a dinner, for planning one and for editing it: when, then where.
export async function DinnerFields({ values }: { values: DinnerValues }) {
  const t = await getTranslations("dinners");
  return (
    <>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField label={t("form.startsAt")} hint={t("form.startsAtHint")} {...fields.startsAt} type="datetime-local" defaultValue={values.startsAt} />
        <TextField label={t("form.endsAt")} hint={t("form.endsAtHint")} {...fields.endsAt} type="datetime-local" defaultValue={values.endsAt} />
      </div>
      <VenueFields values={values} />
    </>
  );
}
