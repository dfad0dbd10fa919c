import { zonedToUtc } from "@/lib/dates";
import { FieldError } from "@/lib/errors";
import type { Party, VenueKind } from "@/lib/generated/prisma/enums";

// What a planner enters: times as wall-clock "yyyy-MM-ddTHH:mm" in the programme's zone.
export type DinnerFields = {
  startsAt: string;
  endsAt?: string | null;
  venueKind: VenueKind;
  venueName: string;
  venueAddress: string;
  hostParty?: Party | null;
  capacity?: number | null;
  guestNotes?: string | null;
};

export const defaultDinnerMinutes = 150;

const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

// The entered fields as the columns stored: UTC instants, end defaulting to 2.5 hours after the start.
export function dinnerData(fields: DinnerFields, timeZone: string) {
  if (!localDateTime.test(fields.startsAt)) throw new FieldError("startsAt", "invalid");
  const startsAt = zonedToUtc(fields.startsAt, timeZone);
  if (Number.isNaN(startsAt.getTime())) throw new FieldError("startsAt", "invalid");
  let endsAt = new Date(startsAt.getTime() + defaultDinnerMinutes * 60_000);
  if (fields.endsAt) {
    if (!localDateTime.test(fields.endsAt)) throw new FieldError("endsAt", "invalid");
    endsAt = zonedToUtc(fields.endsAt, timeZone);
    if (Number.isNaN(endsAt.getTime())) throw new FieldError("endsAt", "invalid");
  }
  if (endsAt <= startsAt) throw new FieldError("endsAt", "endBeforeStart");
  return {
    startsAt,
    endsAt,
    venueKind: fields.venueKind,
    venueName: fields.venueName.trim(),
    venueAddress: fields.venueAddress.trim(),
    hostParty: fields.hostParty ?? null,
    capacity: fields.capacity ?? null,
    guestNotes: fields.guestNotes?.trim() || null,
  };
}
