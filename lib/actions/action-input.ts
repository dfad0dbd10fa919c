import type { db } from "@/lib/db";
import { calendarDate } from "@/lib/dates";
import { FieldError } from "@/lib/errors";
import { optionalDate } from "@/lib/forms/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionLead } from "@/lib/generated/prisma/enums";

type Client = typeof db | Prisma.TransactionClient;

export type ActionFields = {
  title: string;
  description: string;
  topicId?: string | null;
  leadParty: ActionLead;
  ownerIds: string[];
  // "yyyy-MM-dd" from <input type="date">, or empty.
  dueDate?: string | null;
  dinnerId?: string | null;
};

// The form's own date rule (format, years), also for callers that skip the form, and a
// day that exists: a refusal next to the field instead of a database error.
export function dueDateOf(value: string | null | undefined): Date | null {
  const parsed = optionalDate.safeParse(value ?? undefined);
  if (!parsed.success) throw new FieldError("dueDate", parsed.error.issues[0]!.message);
  if (!parsed.data) return null;
  const date = calendarDate(parsed.data);
  if (Number.isNaN(date.getTime())) throw new FieldError("dueDate", "invalid");
  return date;
}

// Owners must be active members of the programme; returns them with what their e-mail needs.
export async function requireOwners(client: Client, programmeId: string, ownerIds: string[]) {
  const unique = [...new Set(ownerIds)];
  if (unique.length === 0) throw new FieldError("ownerIds", "required");
  const owners = await client.membership.findMany({
    where: { id: { in: unique }, programmeId, leftAt: null },
    select: { id: true, person: { select: { name: true, email: true, locale: true } } },
  });
  if (owners.length !== unique.length) throw new FieldError("ownerIds", "invalid");
  return owners.map((o) => ({ membershipId: o.id, name: o.person.name, email: o.person.email, locale: o.person.locale }));
}

export async function requireDinnerOf(client: Client, programmeId: string, dinnerId: string | null | undefined) {
  if (!dinnerId) return null;
  const dinner = await client.dinner.findFirst({ where: { id: dinnerId, programmeId }, select: { id: true } });
  if (!dinner) throw new FieldError("dinnerId", "invalid");
  return dinner.id;
}
