import { cache } from "react";
import { db } from "@/lib/db";

// The programme row the follow-up page's two loaders (figures and list) both need: read
// once per request (React's cache holds per render; the CSV export calls only one).
export const followUpProgramme = cache((programmeId: string) =>
  db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { id: true, name: true, timeZone: true, createdAt: true } }),
);
