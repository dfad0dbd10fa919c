"use client";

import Link from "next/link";
import { createContext, useContext } from "react";

// The error page must be a client component and cannot call getTranslations. The root
// layout hands it four strings in the member's language through this context: a few
// bytes, instead of next-intl's client runtime on every page. The provider lives in this
// same file on purpose: the root layout imports it, so this page's code ships in the
// layout's chunk, a <script> that carries the CSP nonce. On its own it would be a chunk
// the browser loads later without the nonce (tests/e2e/security-headers.spec.ts).

export type ErrorTexts = { title: string; body: string; tryAgain: string; home: string };

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: React.ReactNode }) {
  return <ErrorTextsContext.Provider value={texts}>{children}</ErrorTextsContext.Provider>;
}

// English if the layout could not provide them.
const english: ErrorTexts = { title: "Something went wrong", body: "This page could not be shown just now. Try again in a moment.", tryAgain: "Try again", home: "Go to the start page" };

// Shown when a page fails on the server or in the browser (the server logs the error;
// the member sees no details). `retry` refreshes the server data and renders again.
export default function ErrorPage({ reset, retry }: { error: Error & { digest?: string }; reset: () => void; retry?: () => void }) {
  const t = useContext(ErrorTextsContext) ?? english;
  return (
    <>
      <header className="bg-blue-950 text-white">
        <div className="mx-auto flex max-w-5xl items-center px-4 py-2">
          <Link href="/" className="inline-flex min-h-11 items-center text-lg font-bold text-white">
            Allies
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-xl p-4">
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <p className="mt-2">{t.body}</p>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="button" onClick={() => (retry ?? reset)()} className="min-h-11 rounded-lg bg-blue-900 px-4 font-medium text-white">
            {t.tryAgain}
          </button>
          <Link href="/" className="inline-flex min-h-11 items-center">
            {t.home}
          </Link>
        </div>
      </main>
    </>
  );
}
