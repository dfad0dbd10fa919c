import { db } from "@/lib/db";
import { requireAdmin } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError } from "@/lib/errors";

// Site admin only: makes a person (found by e-mail, or created) regional coordinator of
// exactly the programmes given; an empty list ends all their appointments. They sign in
// with an e-mail link like anyone; the appointment gives figures only (lib/regional).
export async function appointRegionalCoordinator(
  viewer: Viewer | null,
  input: { name: string; email: string; locale: "en" | "nl"; programmeIds: readonly string[] },
) {
  const admin = requireAdmin(viewer);
  return db.$transaction(async (tx) => {
    const programmeIds = [...new Set(input.programmeIds)];
    // A list naming a programme twice was not made by the form's checkboxes: refused.
    if (programmeIds.length !== input.programmeIds.length) throw new FieldError("programmeIds", "invalid");
    const found = await tx.programme.count({ where: { id: { in: programmeIds } } });
    if (found !== programmeIds.length) throw new FieldError("programmeIds", "invalid");
    const person = await tx.person.upsert({ where: { email: input.email }, update: {}, create: { email: input.email, name: input.name, locale: input.locale }, select: { id: true } });
    await tx.regionalCoordinator.deleteMany({ where: { personId: person.id, programmeId: { notIn: programmeIds } } });
    await tx.regionalCoordinator.createMany({ data: programmeIds.map((programmeId) => ({ personId: person.id, programmeId })), skipDuplicates: true });
    await tx.auditEvent.create({ data: { actorId: admin.personId, kind: "regional.appointed", subjectId: person.id, data: { programmes: programmeIds.length } } });
    return { personId: person.id, programmes: programmeIds.length };
  });
}
