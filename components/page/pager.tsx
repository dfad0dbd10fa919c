import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";

// "Previous / page 2 of 7 / next" under a long list: plain links (no JavaScript) that keep
// the list's other GET parameters. Nothing when everything fits on one page.
export async function Pager({ path, query, page, pages }: { path: string; query: Record<string, string | number | undefined>; page: number; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations("common");
  const href = (to: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined && key !== "page") params.set(key, String(value));
    if (to > 1) params.set("page", String(to));
    const search = params.toString();
    return search ? `${path}?${search}` : path;
  };
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link className="inline-flex min-h-11 items-center underline" href={href(page - 1)} rel="prev">
          {t("previousPage")}
        </Link>
      )}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages && (
        <Link className="inline-flex min-h-11 items-center underline" href={href(page + 1)} rel="next">
          {t("nextPage")}
        </Link>
      )}
    </nav>
  );
}
