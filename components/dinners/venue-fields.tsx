import { getTranslations } from "@/lib/i18n/server";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { venueInput } from "@/lib/dinners/venue-schema";
import { inputPropsOf } from "@/lib/forms/input-props";
import { Party, VenueKind } from "@/lib/generated/prisma/enums";

export type VenueValues = {
  venueKind: VenueKind;
  venueName?: string;
  venueAddress?: string;
  hostParty: Party | null;
  capacity?: number | null;
  guestNotes?: string | null;
};

// A number input takes min and max, not a length.
const { maxLength: _digits, ...capacity } = inputPropsOf(venueInput).capacity;
const fields = { ...inputPropsOf(venueInput), capacity };

// Where a dinner takes place: the one set of venue fields, for planning or editing a
// dinner and for picking a date poll's option. Limits come from lib/dinners/venue-schema.ts.
export async function VenueFields({ values }: { values: VenueValues }) {
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  return (
    <>
      <SelectField
        label={t("form.venueKind")}
        {...fields.venueKind}
        defaultValue={values.venueKind}
        options={Object.values(VenueKind).map((kind) => ({ value: kind, label: t(`venueKinds.${kind}`) }))}
      />
      <TextField label={t("form.venueName")} {...fields.venueName} defaultValue={values.venueName} autoComplete="off" />
      <TextField label={t("form.venueAddress")} {...fields.venueAddress} defaultValue={values.venueAddress} autoComplete="street-address" />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField
          label={t("form.hostParty")}
          {...fields.hostParty}
          defaultValue={values.hostParty ?? ""}
          options={[{ value: "", label: t("form.noHost") }, ...Object.values(Party).map((party) => ({ value: party, label: common(`parties.${party}`) }))]}
        />
        <TextField label={t("form.capacity")} {...fields.capacity} type="number" inputMode="numeric" defaultValue={values.capacity ?? ""} />
      </div>
      <TextAreaField label={t("form.guestNotes")} hint={t("form.guestNotesHint")} {...fields.guestNotes} rows={3} defaultValue={values.guestNotes ?? ""} />
    </>
  );
}
