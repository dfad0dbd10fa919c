import { getLocale, getTranslations } from "@/lib/i18n/server";
import { chooseLanguage } from "@/app/language/actions";

const names = { en: "English", nl: "Nederlands" } as const;

// Two plain submit buttons: works without JavaScript. The action returns to the page the
// form was posted from (its Referer), so the header can live in a layout.
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <form action={chooseLanguage} className="flex items-center gap-1 text-sm" aria-label={t("language")}>
      {(Object.keys(names) as (keyof typeof names)[]).map((code) => (
        <button
          key={code}
          type="submit"
          name="locale"
          value={code}
          lang={code}
          aria-pressed={locale === code}
          className="min-h-11 rounded px-2 underline-offset-2 hover:underline aria-pressed:font-bold"
        >
          {names[code]}
        </button>
      ))}
    </form>
  );
}
