import { FormLink } from "@/components/page/form-link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton, SubmitChoices } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Card } from "@/components/page/card";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import type { IncidentPage } from "@/lib/incidents/get-incident";
import { conveneMeetingInput } from "@/lib/incidents/incident-input";
import { answerMeetingAction, conveneMeetingAction, pickMeetingTimeAction, voteMeetingAction } from "@/app/programmes/[programmeId]/incidents/[incidentId]/actions";

const fields = inputPropsOf(conveneMeetingInput);
const responses = ["YES", "MAYBE", "NO"] as const;
const votes = ["YES", "IF_NEED_BE", "NO"] as const;

// Convene within hours: extra meetings (not dinners), answered like a dinner or by a short poll.
// Choosing a polled meeting's time, once in its life, opens from the option's link
// (`?pick=<option>#pick-<option>`, as an item's edit form, decision 028): the page everyone
// opens during the turmoil carries the members' vote forms, not a coordinator's choice per time.
export async function Meetings({ programmeId, data, conveneOpen, pickOption }: { programmeId: string; data: IncidentPage; conveneOpen: boolean; pickOption: string | undefined }) {
  const t = await getTranslations("incidents.meeting");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const texts = await formTexts("incidents");
  const { timeZone } = data.programme;
  const when = (d: Date) => format.dateTime(d, { timeZone, weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const ids = { programmeId, incidentId: data.incident.id };
  const open = data.incident.status === "OPEN";
  const pagePath = `/programmes/${programmeId}/incidents/${data.incident.id}`;
  return (
    <Section id="meetings" title={t("title")} hint={t("hint")}>
      {data.meetings.length === 0 && <p>{t("none")}</p>}
      {data.meetings.map((meeting) => (
        <Card key={meeting.id} className="flex flex-col gap-3">
          <p className="font-semibold break-words">
            {meeting.startsAt ? when(meeting.startsAt) : t("pollUntil", { date: when(meeting.pollClosesAt!) })} · {meeting.place}
          </p>
          {meeting.startsAt ? (
            <>
              <p className="text-sm">{t("counts", { yes: meeting.counts.YES, maybe: meeting.counts.MAYBE, no: meeting.counts.NO })}</p>
              {open && (
                <Form action={answerMeetingAction} texts={texts} aria-label={t("answerLabel", { date: when(meeting.startsAt) })}>
                  <HiddenFields values={{ ...ids, meetingId: meeting.id }} />
                  <SubmitChoices name="response" chosen={meeting.myAnswer} choices={responses.map((response) => ({ value: response, label: common(`rsvp.${response}`) }))} />
                </Form>
              )}
              <p>
                <a href={`/programmes/${programmeId}/incidents/${data.incident.id}/meetings/${meeting.id}/calendar.ics`}>{t("calendar")}</a>
              </p>
            </>
          ) : (
            <ul className="flex flex-col gap-3">
              {meeting.options.map((option) => (
                <li key={option.id} id={`pick-${option.id}`} className="flex flex-col gap-2">
                  <p>
                    {when(option.startsAt)} · {t("tally", { yes: option.yes, ifNeedBe: option.ifNeedBe })}
                  </p>
                  {open && (
                    <Form action={voteMeetingAction} texts={texts} aria-label={t("voteLabel", { date: when(option.startsAt), place: meeting.place })}>
                      <HiddenFields values={{ ...ids, meetingId: meeting.id, optionId: option.id }} />
                      <SubmitChoices name="answer" chosen={option.myVote} choices={votes.map((answer) => ({ value: answer, label: t(`votes.${answer}`) }))} />
                    </Form>
                  )}
                  {open && data.may.manage && pickOption !== option.id && <FormLink href={`${pagePath}?pick=${option.id}#pick-${option.id}`}>{t("pick", { date: when(option.startsAt) })}</FormLink>}
                  {open && data.may.manage && pickOption === option.id && (
                    <Form action={pickMeetingTimeAction} texts={texts}>
                      <HiddenFields values={{ ...ids, meetingId: meeting.id, optionId: option.id }} />
                      <div>
                        <SubmitButton>{t("pick", { date: when(option.startsAt) })}</SubmitButton>
                      </div>
                    </Form>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
      ))}
      {open && data.may.manage && !conveneOpen && (
        <FormLink href={`${pagePath}?form=convene#convene`}>{t("convene")}</FormLink>
      )}
      {open && data.may.manage && conveneOpen && (
        <Card>
          <h3 id="convene" className="font-semibold">
            {t("convene")}
          </h3>
          <Form action={conveneMeetingAction} texts={texts}>
            <HiddenFields values={ids} />
            <TextField label={t("place")} {...fields.place} autoComplete="off" />
            <TextField label={t("startsAt")} hint={t("startsAtHint")} {...fields.startsAt} type="datetime-local" />
            <fieldset className="flex min-w-0 flex-col gap-2">
              <legend className="font-semibold">{t("options")}</legend>
              <p className="text-sm text-slate-700">{t("optionsHint")}</p>
              {[1, 2, 3].map((n) => (
                <TextField key={n} label={t("option", { n })} name="options" type="datetime-local" />
              ))}
            </fieldset>
            <TextField label={t("pollHours")} {...fields.pollHours} type="number" inputMode="numeric" defaultValue="4" />
            <TextField label={t("duration")} {...fields.durationMinutes} type="number" inputMode="numeric" defaultValue="60" />
            <div>
              <SubmitButton>{t("conveneSubmit")}</SubmitButton>
            </div>
          </Form>
        </Card>
      )}
    </Section>
  );
}
