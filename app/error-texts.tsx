"use client";

import { createContext, useContext } from "react";

export type ErrorTexts = { title: string; body: string; tryAgain: string; home: string };

// The error page (app/error.tsx) must be a client component and cannot call
// getTranslations. The root layout hands it these four strings in the member's language
// through this context: a few bytes, instead of next-intl's client runtime on every page.
const ErrorTextsContext = createContext<ErrorTexts | null>(null);

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: React.ReactNode }) {
  return <ErrorTextsContext.Provider value={texts}>{children}</ErrorTextsContext.Provider>;
}

// English if the layout itself could not provide them.
export function useErrorTexts(): ErrorTexts {
  return useContext(ErrorTextsContext) ?? { title: "Something went wrong", body: "This page could not be shown just now. Try again in a moment.", tryAgain: "Try again", home: "Go to the start page" };
}
