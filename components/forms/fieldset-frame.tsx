"use client";

import { useId } from "react";
import { ErrorText, Hint } from "./field-frame";
import { useFieldError } from "./form";

// Legend, hint and error around a group of controls sharing one name (checkboxes, radios).
export function FieldsetFrame({ legend, name, hint, children }: { legend: string; name: string; hint?: string; children: React.ReactNode }) {
  const id = useId();
  const error = useFieldError(name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="flex min-w-0 flex-col gap-2" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="font-medium">{legend}</legend>
      <Hint id={`${id}-hint`}>{hint}</Hint>
      <ErrorText id={`${id}-error`}>{error}</ErrorText>
      {children}
    </fieldset>
  );
}
