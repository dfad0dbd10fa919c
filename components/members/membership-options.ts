import { getTranslations } from "@/lib/i18n/server";
import type { Party } from "@/lib/generated/prisma/enums";

// The parties and roles a membership can have, in the order the member forms offer them.
export async function partyOptions(order: readonly Party[] = ["COMMUNITY", "POLICE", "MUNICIPALITY"]) {
  const common = await getTranslations("common");
  return order.map((value) => ({ value, label: common(`parties.${value}`) }));
}

export async function roleOptions() {
  const common = await getTranslations("common");
  return (["ALLY", "POLICE_LIAISON", "COORDINATOR"] as const).map((value) => ({ value, label: common(`roles.${value}`) }));
}
