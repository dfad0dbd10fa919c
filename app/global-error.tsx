"use client";

import Link from "next/link";
import "./globals.css";

// Only when the root layout itself fails (e.g. the database is down while the language
// is looked up): no translations can be loaded then, so both languages are shown.
export default function GlobalError({ reset, retry }: { error: Error & { digest?: string }; reset: () => void; retry?: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <main id="main" className="mx-auto max-w-xl p-4">
          <h1 className="text-2xl font-bold">Something went wrong</h1>
          <p className="mt-2">Allies could not show this page just now. Try again in a moment.</p>
          <p className="mt-2" lang="nl">
            Er ging iets mis: Allies kon deze pagina nu niet tonen. Probeer het zo nog eens.
          </p>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <button type="button" onClick={() => (retry ?? reset)()} className="min-h-11 rounded-lg bg-blue-900 px-4 font-medium text-white">
              Try again · Opnieuw proberen
            </button>
            <Link href="/" className="inline-flex min-h-11 items-center">
              Allies
            </Link>
          </div>
        </main>
      </body>
    </html>
  );
}
