import type { MetadataRoute } from "next";
import { getTranslations } from "@/lib/i18n/server";

// Installable web app (issue 14): allies put Allies on their phone's home screen and it
// opens on their next dinner. Icons: public/icons (scripts/icons.ts draws them).
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations("common");
  return {
    name: "Allies",
    short_name: "Allies",
    description: t("appDescription"),
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#fafaf9",
    theme_color: "#115e59",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
