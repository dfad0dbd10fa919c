import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getDinnerForm } from "@/lib/dinners/get-dinner-form";
import { scheduleDinnerAction } from "../actions";
import { DinnerForm } from "../dinner-form";
import { dinnerFormTexts } from "../form-texts";

export const generateMetadata = pageTitle("dinners.planDinner");

export default async function NewDinnerPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const path = `/programmes/${programmeId}/dinners/new`;
  const viewer = await requirePageViewer(path);
  const form = await loadForPage(() => getDinnerForm(viewer, programmeId));
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  const texts = await dinnerFormTexts();

  return (
    <>
      <main id="main" className="mx-auto flex max-w-2xl flex-col gap-4 p-4">
        <p>
          <Link href={`/programmes/${programmeId}/dinners`}>← {t("allDinners")}</Link>
        </p>
        <h1 className="text-2xl font-bold">{t("planDinner")}</h1>
        <p className="text-slate-700">{t("form.timeZoneNote", { timeZone: form.programme.timeZone })}</p>
        <p className="font-medium">{t("suggestedHost", { party: common(`parties.${form.suggestedHost}`) })}</p>
        <DinnerForm
          action={scheduleDinnerAction}
          errorTexts={texts.errorTexts}
          labels={{ ...texts.labels, submit: t("form.plan") }}
          programmeId={programmeId}
          venueKinds={texts.venueKinds}
          parties={texts.parties}
          initial={{ startsAt: "", endsAt: "", venueKind: form.suggestedHost === "POLICE" ? "POLICE_STATION" : form.suggestedHost === "MUNICIPALITY" ? "TOWN_HALL" : "COMMUNITY_VENUE", venueName: "", venueAddress: "", hostParty: form.suggestedHost, capacity: null, guestNotes: "" }}
        />
      </main>
    </>
  );
}
