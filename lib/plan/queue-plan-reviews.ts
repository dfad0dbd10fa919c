import { db } from "@/lib/db";
import { queueEmail, type OutgoingEmail } from "@/lib/email/queue-email";
import { planReviewEmail } from "@/lib/email/templates/plan-review";
import { appUrl } from "@/lib/env";
import { planReviewDays } from "./get-programme-plan";

// System job, daily: a programme whose plan was last saved or reviewed a year ago or more
// reminds each of its active coordinators, once per plan version (the dedupe key), in
// their language. Reviewing or saving the plan adds a version, so the next reminder comes
// a year later.
export async function queuePlanReviews(now = new Date()): Promise<number> {
  const dueBefore = new Date(now.getTime() - planReviewDays * 24 * 60 * 60 * 1000);
  const latest = await db.$queryRaw<{ id: string; programmeId: string; createdAt: Date }[]>`
    SELECT DISTINCT ON ("programmeId") id, "programmeId", "createdAt" FROM "ProgrammePlan"
    ORDER BY "programmeId", version DESC`;
  const due = latest.filter((plan) => plan.createdAt <= dueBefore);
  if (due.length === 0) return 0;
  const coordinators = await db.membership.findMany({
    where: { programmeId: { in: due.map((plan) => plan.programmeId) }, role: "COORDINATOR", leftAt: null },
    select: { id: true, programmeId: true, programme: { select: { name: true } }, person: { select: { name: true, email: true, locale: true } } },
  });
  const planOf = new Map(due.map((plan) => [plan.programmeId, plan]));
  const emails: OutgoingEmail[] = [];
  for (const coordinator of coordinators) {
    const plan = planOf.get(coordinator.programmeId)!;
    const email = await planReviewEmail(
      { name: coordinator.person.name, programme: coordinator.programme.name, lastSaved: plan.createdAt, link: `${appUrl()}/programmes/${coordinator.programmeId}/plan` },
      coordinator.person.locale,
    );
    emails.push({ dedupeKey: `plan-review:${plan.id}:${coordinator.id}`, to: coordinator.person.email, ...email });
  }
  await db.$transaction(async (tx) => {
    for (const email of emails) await queueEmail(email, tx);
  });
  return emails.length;
}
