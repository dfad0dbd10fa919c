import { db } from "@/lib/db";
import { hashSecretToken } from "@/lib/security/secret-token";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RsvpResponse } from "@/lib/generated/prisma/enums";
import { answerRefusal } from "./respond-to-dinner";

// A reminder e-mail's answer link (issue 14, decision 020): the token is the credential for
// one thing only, answering this one dinner for this one member, until the dinner starts.
// 32 random bytes go into the e-mail when it is sent; only their sha256 is stored.
export async function storeAnswerLink(tx: Prisma.TransactionClient, link: { id: string; tokenHash: string; dinnerId: string; membershipId: string; expiresAt: Date }) {
  await tx.dinnerAnswerLink.create({ data: link });
}

const linkSelect = {
  expiresAt: true,
  membershipId: true,
  membership: { select: { leftAt: true, role: true, person: { select: { name: true } } } },
  dinner: {
    select: {
      id: true,
      programmeId: true,
      status: true,
      startsAt: true,
      endsAt: true,
      venueName: true,
      venueAddress: true,
      programme: { select: { name: true, timeZone: true } },
    },
  },
} as const;

// Unknown, expired and ended memberships all read as "no such link": nothing is revealed.
async function findLink(tx: Prisma.TransactionClient, token: string, now: Date) {
  if (!/^[\w-]{1,128}$/.test(token)) return null;
  const link = await tx.dinnerAnswerLink.findUnique({ where: { tokenHash: hashSecretToken(token) }, select: linkSelect });
  if (!link || link.expiresAt <= now || link.membership.leftAt) return null;
  return link;
}

// What the link's page shows (a GET, also a mail scanner's: it records nothing). Two queries.
export async function getDinnerByAnswerLink(token: string, now = new Date()) {
  const link = await findLink(db, token, now);
  if (!link) return null;
  const rsvp = await db.rsvp.findUnique({
    where: { dinnerId_membershipId: { dinnerId: link.dinner.id, membershipId: link.membershipId } },
    select: { response: true },
  });
  const { dinner } = link;
  return {
    name: link.membership.person.name,
    programme: dinner.programme.name,
    programmeId: dinner.programmeId,
    dinnerId: dinner.id,
    timeZone: dinner.programme.timeZone,
    startsAt: dinner.startsAt,
    endsAt: dinner.endsAt,
    venueName: dinner.venueName,
    venueAddress: dinner.venueAddress,
    cancelled: dinner.status === "CANCELLED",
    open: dinner.status === "PLANNED" && dinner.startsAt > now,
    response: rsvp?.response ?? null,
  };
}

// The link page's POST: records the answer for the link's member and dinner, with the same
// refusals as the signed-in answer (cancelled, closed, moved since the page showed it:
// `seenStartsAt`). The dinner's row is held for share while it is checked, so a move at the
// same moment goes first (and this is refused) or after (and its e-mail reaches this
// member). Dietary needs are left as they were.
export async function answerDinnerByLink(token: string, { response, seenStartsAt }: { response: RsvpResponse; seenStartsAt?: string | null }, now = new Date()) {
  await db.$transaction(async (tx) => {
    const link = await findLink(tx, token, now);
    if (!link) throw new NotFoundError();
    const [dinner] = await tx.$queryRaw<{ status: string; startsAt: Date; endsAt: Date }[]>`
      SELECT "status"::text AS "status", "startsAt", "endsAt" FROM "Dinner" WHERE "id" = ${link.dinner.id} FOR SHARE`;
    if (!dinner) throw new NotFoundError();
    const refusal = answerRefusal(dinner, seenStartsAt, now);
    if (refusal) throw new FieldError("form", refusal);
    await tx.rsvp.upsert({
      where: { dinnerId_membershipId: { dinnerId: link.dinner.id, membershipId: link.membershipId } },
      create: { dinnerId: link.dinner.id, membershipId: link.membershipId, response, respondedAt: now },
      update: { response, respondedAt: now },
    });
  });
}
