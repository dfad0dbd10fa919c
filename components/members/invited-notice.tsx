import { getTranslations } from "@/lib/i18n/server";

// Shown on the members page after an invitation was sent (the invite form redirects here).
export async function InvitedNotice() {
  const t = await getTranslations("members");
  return (
    <p role="status" className="rounded-lg bg-green-100 p-3 text-green-900">
      {t("invited")}
    </p>
  );
}
