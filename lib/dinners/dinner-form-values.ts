import { utcToZonedInput } from "@/lib/dates";
import type { Venue } from "./venue-schema";
import type { DinnerStatus, Party, VenueKind } from "@/lib/generated/prisma/enums";

export type DinnerFormValues = {
  version: number;
  status: DinnerStatus;
  startsAt: string;
  endsAt: string;
  venueKind: VenueKind;
  venueName: string;
  venueAddress: string;
  hostParty: Party | null;
  capacity: number | null;
  guestNotes: string;
};

type StoredDinner = { version: number; status: DinnerStatus; startsAt: Date; endsAt: Date } & Venue;

export const dinnerFormSelect = {
  version: true,
  status: true,
  startsAt: true,
  endsAt: true,
  venueKind: true,
  venueName: true,
  venueAddress: true,
  hostParty: true,
  capacity: true,
  guestNotes: true,
} as const;

// A stored dinner as the edit form shows it (also the "newer version" after a conflict).
export function dinnerFormValues(dinner: StoredDinner, timeZone: string): DinnerFormValues {
  return {
    version: dinner.version,
    status: dinner.status,
    startsAt: utcToZonedInput(dinner.startsAt, timeZone),
    endsAt: utcToZonedInput(dinner.endsAt, timeZone),
    venueKind: dinner.venueKind,
    venueName: dinner.venueName,
    venueAddress: dinner.venueAddress,
    hostParty: dinner.hostParty,
    capacity: dinner.capacity,
    guestNotes: dinner.guestNotes ?? "",
  };
}
