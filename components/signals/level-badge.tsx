import { getTranslations } from "@/lib/i18n/server";
import { levelColours, levelKey } from "./level-text";

// A level as words with its colour; never colour alone.
export async function LevelBadge({ level }: { level: number | null }) {
  const t = await getTranslations("signals");
  if (level === null) return <span className="text-slate-700">{t("noLevel")}</span>;
  return (
    <span className="inline-flex items-center gap-2 font-semibold" style={{ color: levelColours[level] }}>
      <span aria-hidden="true" className="inline-block size-3 rounded-full" style={{ backgroundColor: levelColours[level] }} />
      {level} – {t(levelKey(level))}
    </span>
  );
}
