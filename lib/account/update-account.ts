import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

// Only the fields given change (undefined = leave as is; empty = clear).
export type AccountChange = {
  name?: string;
  phone?: string | null;
  locale?: "en" | "nl" | null;
  dietaryNeeds?: string | null;
  // Ids of the person's memberships whose programme may see the phone number; the others may not.
  sharePhoneWith?: string[];
};

// The person's own profile, and per programme whether its members may see the phone number.
export async function updateAccount(viewer: Viewer | null, input: AccountChange) {
  const me = requireViewer(viewer);
  const mine = me.memberships.map((m) => m.id);
  const optional = (value: string | null | undefined) => (value === undefined ? undefined : value || null);
  const person = db.person.update({
    where: { id: me.personId },
    data: { name: input.name || undefined, phone: optional(input.phone), locale: input.locale === undefined ? undefined : input.locale, dietaryNeeds: optional(input.dietaryNeeds) },
  });
  if (!input.sharePhoneWith) {
    await person;
    return;
  }
  const share = input.sharePhoneWith.filter((id) => mine.includes(id));
  await db.$transaction([
    person,
    db.membership.updateMany({ where: { personId: me.personId, leftAt: null, id: { in: share } }, data: { consentToSharePhone: true } }),
    db.membership.updateMany({ where: { personId: me.personId, leftAt: null, id: { notIn: share } }, data: { consentToSharePhone: false } }),
  ]);
}
