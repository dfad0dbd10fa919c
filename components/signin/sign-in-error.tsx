import { getTranslations } from "@/lib/i18n/server";

// Why the last sign-in attempt failed (next-auth sends `?error=` back to the sign-in page).
export async function SignInError({ error }: { error: string }) {
  const t = await getTranslations("signin");
  const text = error === "OAuthCreateAccount" ? t("oidcUnknown") : /^OAuth|^Callback$/.test(error) ? t("oidcFailed") : t("error");
  return (
    <p role="alert" className="rounded-lg bg-red-100 p-3 text-red-900">
      {text}
    </p>
  );
}
