import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { ActionsToReview } from "@/components/agenda/actions-to-review";
import { AddAgendaItem } from "@/components/agenda/add-agenda-item";
import { AgendaItems } from "@/components/agenda/agenda-items";
import { LinkButton } from "@/components/page/link-button";
import { Page } from "@/components/page/page";
import { IncidentReviews } from "@/components/incidents/incident-reviews";
import { SignalsSinceLastDinner } from "@/components/signals/signals-since-last-dinner";
import { getAgenda } from "@/lib/agenda/get-agenda";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { todayInZone } from "@/lib/dates";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("agenda.title");

// A dinner's agenda: what to review, the signals and incident reviews since the dinner
// before, the items, and (for those who may) adding to it, from its link (`?form=add-item`).
// All of it from one statement (getAgenda; decision 029).
export default async function AgendaPage({ params, searchParams }: { params: Promise<{ programmeId: string; dinnerId: string }>; searchParams: Promise<{ review?: string | string[]; edit?: string | string[]; form?: string | string[] }> }) {
  const { programmeId, dinnerId } = await params;
  const { review, edit, form } = await searchParams;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/dinners/${dinnerId}/agenda`);
  const agenda = await loadForPage(() => getAgenda(viewer, programmeId, dinnerId));
  const t = await getTranslations("agenda");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { dinner, timeZone } = agenda;
  const when = format.dateTime(dinner.startsAt, { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

  return (
    <Page
      title={t("title")}
      intro={`${when} · ${dinner.venueName} · ${common(`dinnerStatus.${dinner.status}`)}`}
      back={{ href: `/programmes/${programmeId}/dinners/${dinnerId}`, label: t("backToDinner") }}
    >
      <ActionsToReview programmeId={programmeId} actions={agenda.actionsToReview} today={todayInZone(new Date(), timeZone)} open={typeof review === "string" ? review : undefined} />
      <SignalsSinceLastDinner programmeId={programmeId} signals={agenda.signals} timeZone={timeZone} />
      <IncidentReviews programmeId={programmeId} reviews={agenda.incidentReviews} timeZone={timeZone} />
      <AgendaItems programmeId={programmeId} dinnerId={dinnerId} agenda={agenda} editing={typeof edit === "string" ? edit : undefined} />
      {agenda.canLogAction && (
        <p>
          <LinkButton href={`/programmes/${programmeId}/actions/new?dinnerId=${dinnerId}`}>{t("logAction")}</LinkButton>
        </p>
      )}
      {agenda.canEdit && <AddAgendaItem programmeId={programmeId} dinnerId={dinnerId} topics={agenda.topics} mayUseProfessionalsOnly={agenda.mayUseProfessionalsOnly} open={form === "add-item"} />}
    </Page>
  );
}
