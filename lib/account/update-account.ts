import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError } from "@/lib/errors";

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
// With `version` (the account form), only over the details the form showed: saved from
// another device meanwhile, it is refused and nothing is written.
export async function updateAccount(viewer: Viewer | null, input: AccountChange & { version?: number }) {
  const me = requireViewer(viewer);
  const mine = me.memberships.map((m) => m.id);
  const optional = (value: string | null | undefined) => (value === undefined ? undefined : value || null);
  await db.$transaction(async (tx) => {
    const { count } = await tx.person.updateMany({
      where: { id: me.personId, ...(input.version === undefined ? {} : { version: input.version }) },
      data: {
        name: input.name || undefined,
        phone: optional(input.phone),
        locale: input.locale === undefined ? undefined : input.locale,
        dietaryNeeds: optional(input.dietaryNeeds),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new FieldError("form", "accountChanged");
    if (!input.sharePhoneWith) return;
    const share = input.sharePhoneWith.filter((id) => mine.includes(id));
    await tx.membership.updateMany({ where: { personId: me.personId, leftAt: null, id: { in: share } }, data: { consentToSharePhone: true } });
    await tx.membership.updateMany({ where: { personId: me.personId, leftAt: null, id: { notIn: share } }, data: { consentToSharePhone: false } });
  });
}
