import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { ErrorTextsProvider } from "./error";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: "Allies", template: "%s · Allies" },
    description: t("appDescription"),
    // Installable on a phone's home screen (app/manifest.ts, issue 14).
    icons: { icon: "/icons/icon-192.png", apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { capable: true, title: "Allies" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#115e59" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        <ErrorTextsProvider texts={{ title: t("errorTitle"), body: t("errorBody"), tryAgain: t("tryAgain"), home: t("home") }}>{children}</ErrorTextsProvider>
      </body>
    </html>
  );
}
