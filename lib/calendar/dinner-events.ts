import { createEvents, type EventAttributes } from "ics";
import { foldIcs } from "./fold-ics";

export type CalendarDinner = {
  id: string;
  programmeId: string;
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  venueAddress: string;
  guestNotes: string | null;
  status: "PLANNED" | "HELD" | "CANCELLED";
  sequence: number;
  updatedAt: Date;
};

export type CalendarTexts = { title: string; answerLink: (url: string) => string; calName: string };

// The columns every calendar event needs, for the queries that feed dinnerEvent().
export const calendarDinnerSelect = {
  id: true,
  programmeId: true,
  startsAt: true,
  endsAt: true,
  venueName: true,
  venueAddress: true,
  guestNotes: true,
  status: true,
  sequence: true,
  updatedAt: true,
  programme: { select: { name: true } },
} as const;

export function dinnerUid(dinnerId: string) {
  return `dinner-${dinnerId}@allies`;
}

// A dinner as an iCalendar event: a stable UID and SEQUENCE = Dinner.sequence, so a
// changed or cancelled dinner replaces the event a calendar already has. Times are
// UTC instants (the ics library writes no VTIMEZONE); calendar apps show them in
// the reader's zone, which for a local programme is the programme's zone.
export function dinnerEvent(dinner: CalendarDinner, texts: Pick<CalendarTexts, "title" | "answerLink">, baseUrl: string): EventAttributes {
  const url = `${baseUrl}/programmes/${dinner.programmeId}/dinners/${dinner.id}`;
  const description = [dinner.guestNotes, texts.answerLink(url)].filter(Boolean).join("\n\n");
  return {
    uid: dinnerUid(dinner.id),
    sequence: dinner.sequence,
    start: dinner.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: dinner.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    lastModified: dinner.updatedAt.getTime(),
    title: texts.title,
    location: `${dinner.venueName}, ${dinner.venueAddress}`,
    description,
    url,
    status: dinner.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
    busyStatus: dinner.status === "CANCELLED" ? "FREE" : "BUSY",
  };
}

// One or more events as an .ics text. A single cancelled dinner is published with
// METHOD:CANCEL so that importing it removes the event; feeds use METHOD:PUBLISH and
// STATUS:CANCELLED per event.
export function toIcs(events: EventAttributes[], options: { calName: string; method?: "PUBLISH" | "CANCEL" }): string {
  const { error, value } = createEvents(events, { productId: "allies/calendar", method: options.method ?? "PUBLISH", calName: options.calName });
  if (error || !value) throw error ?? new Error("Could not write the calendar");
  return foldIcs(value);
}
