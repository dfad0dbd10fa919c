import { getLocale, getTranslations } from "@/lib/i18n/server";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { VersionInput } from "@/components/forms/version-input";
import type { DinnerFormValues } from "@/lib/dinners/dinner-form-values";
import { formTexts } from "@/lib/forms/form-texts";
import { updateDinnerAction } from "@/app/programmes/[programmeId]/dinners/actions";
import { DinnerFields } from "./dinner-fields";

// Edit a planned dinner. A save refused because someone saved meanwhile shows their
// version, and the fields show it too.
export async function EditDinnerForm({ programmeId, dinnerId, dinner, timeZone }: { programmeId: string; dinnerId: string; dinner: DinnerFormValues; timeZone: string }) {
  const t = await getTranslations("dinners");
  return (
    <Form action={updateDinnerAction} texts={await formTexts("dinners")}>
      <HiddenFields values={{ programmeId, dinnerId }} />
      <VersionInput version={dinner.version} />
      <ConflictNotice
        heading={t("form.newerVersion")}
        locale={await getLocale()}
        timeZone={timeZone}
        rows={[
          // Wall-clock times in the programme's zone, as the fields show them.
          { key: "startsAt", label: t("form.startsAt") },
          { key: "endsAt", label: t("form.endsAt") },
          { key: "venueName", label: t("form.venueName") },
          { key: "venueAddress", label: t("form.venueAddress") },
        ]}
      />
      {/* After a refused save the fields keep what was typed, next to the newer version above (issue 14). */}
      <DinnerFields values={dinner} />
      <div>
        <SubmitButton>{t("form.save")}</SubmitButton>
      </div>
    </Form>
  );
}
