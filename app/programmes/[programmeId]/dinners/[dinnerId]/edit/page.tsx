import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getDinnerForm } from "@/lib/dinners/get-dinner-form";
import { cancelDinnerAction, updateDinnerAction } from "../../actions";
import { CancelDinnerForm, DinnerForm } from "../../dinner-form";
import { dinnerFormTexts } from "../../form-texts";

export const generateMetadata = pageTitle("dinners.editDinner");

export default async function EditDinnerPage({ params }: { params: Promise<{ programmeId: string; dinnerId: string }> }) {
  const { programmeId, dinnerId } = await params;
  const dinnerPath = `/programmes/${programmeId}/dinners/${dinnerId}`;
  const path = `${dinnerPath}/edit`;
  const viewer = await requirePageViewer(path);
  const form = await loadForPage(() => getDinnerForm(viewer, programmeId, dinnerId));
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  const texts = await dinnerFormTexts();
  const dinner = form.dinner!;

  return (
    <>
      <main id="main" className="mx-auto flex max-w-2xl flex-col gap-4 p-4">
        <p>
          <Link href={dinnerPath}>← {t("backToDinner")}</Link>
        </p>
        <h1 className="text-2xl font-bold">{t("editDinner")}</h1>
        {dinner.status !== "PLANNED" ? (
          <p role="status">{t("notEditable", { status: common(`dinnerStatus.${dinner.status}`) })}</p>
        ) : (
          <>
            <p className="text-slate-700">{t("form.timeZoneNote", { timeZone: form.programme.timeZone })}</p>
            <p className="text-slate-700">{t("form.notifyNote")}</p>
            <DinnerForm
              action={updateDinnerAction}
              errorTexts={texts.errorTexts}
              labels={texts.labels}
              programmeId={programmeId}
              dinnerId={dinnerId}
              venueKinds={texts.venueKinds}
              parties={texts.parties}
              initial={dinner}
            />
            <section aria-labelledby="cancel" className="mt-4 flex flex-col gap-2 rounded-xl bg-red-50 p-4 ring-1 ring-red-200">
              <h2 id="cancel" className="text-lg font-semibold">
                {t("cancelDinner")}
              </h2>
              <p>{t("cancelExplain")}</p>
              <CancelDinnerForm
                action={cancelDinnerAction}
                errorTexts={texts.errorTexts}
                programmeId={programmeId}
                dinnerId={dinnerId}
                version={dinner.version}
                labels={{ confirm: t("cancelConfirm"), submit: t("cancelDinner") }}
              />
            </section>
          </>
        )}
      </main>
    </>
  );
}
