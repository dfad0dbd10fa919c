import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { formTexts } from "@/lib/forms/form-texts";
import type { Party, VenueKind } from "@/lib/generated/prisma/enums";
import { scheduleDinnerAction } from "@/app/programmes/[programmeId]/dinners/actions";
import { DinnerFields } from "./dinner-fields";

// The host's usual kind of venue, as a starting point.
const venueOf: Record<Party, VenueKind> = { POLICE: "POLICE_STATION", MUNICIPALITY: "TOWN_HALL", COMMUNITY: "COMMUNITY_VENUE" };

// Plan a new dinner, hosted by default by the party whose turn it is.
export async function PlanDinnerForm({ programmeId, suggestedHost }: { programmeId: string; suggestedHost: Party }) {
  const t = await getTranslations("dinners");
  return (
    <Form action={scheduleDinnerAction} texts={await formTexts("dinners")}>
      <HiddenFields values={{ programmeId }} />
      <DinnerFields values={{ startsAt: "", endsAt: "", venueKind: venueOf[suggestedHost], hostParty: suggestedHost }} />
      <div>
        <SubmitButton>{t("form.plan")}</SubmitButton>
      </div>
    </Form>
  );
}
