import { z } from "zod";

// Where a dinner takes place, as entered in a form: used when planning a dinner and when
// a date poll's chosen option becomes one.
export const venueSchema = {
  venueKind: z.enum(["POLICE_STATION", "TOWN_HALL", "COMMUNITY_VENUE", "OTHER"]),
  venueName: z.string().trim().min(1).max(120),
  venueAddress: z.string().trim().min(1).max(200),
  hostParty: z
    .enum(["POLICE", "MUNICIPALITY", "COMMUNITY", ""])
    .optional()
    .transform((v) => v || null),
  capacity: z
    .string()
    .trim()
    .max(4)
    .regex(/^\d*$/)
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(z.number().int().min(1).max(500).nullable()),
  guestNotes: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .transform((v) => v || null),
};
