"use client";

import Link from "next/link";
import { useErrorTexts } from "./error-texts";

// Shown when a page fails on the server or in the browser (the server logs the error;
// the member sees no details). `retry` refreshes the server data and renders again.
export default function ErrorPage({ reset, retry }: { error: Error & { digest?: string }; reset: () => void; retry?: () => void }) {
  const t = useErrorTexts();
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
