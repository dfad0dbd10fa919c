import type { db } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findIdentifyingDetail, type IdentifyingKind } from "./identifying-text";

type Client = typeof db | Prisma.TransactionClient;

const answerKeys: Record<IdentifyingKind, string> = {
  phone: "identifyingPhone",
  email: "identifyingEmail",
  birthDate: "identifyingBirthDate",
  licencePlate: "identifyingLicencePlate",
  bsn: "identifyingBsn",
  address: "identifyingAddress",
  memberName: "identifyingMemberName",
  personName: "identifyingPersonName",
};

// Refuses, next to the field, text about the neighbourhood that looks like it identifies a
// person (findIdentifyingDetail), names of the programme's members included. One query.
export async function refuseIdentifyingText(client: Client, programmeId: string, fields: Record<string, string | null | undefined>): Promise<void> {
  const members = await client.membership.findMany({ where: { programmeId }, select: { person: { select: { name: true } } } });
  const memberNames = members.map((m) => m.person.name);
  for (const [field, text] of Object.entries(fields)) {
    const kind = text ? findIdentifyingDetail(text, { memberNames }) : null;
    if (kind) throw new FieldError(field, answerKeys[kind]);
  }
}
