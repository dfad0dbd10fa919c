"use client";

import { useId } from "react";
import { ErrorText } from "./field-frame";
import { useFieldError } from "./form";

// A labelled checkbox with its error beside it. `errorName` when the error belongs to
// another field name (e.g. one of several confirmations).
export function CheckboxField({ label, name, value = "on", defaultChecked, errorName }: { label: string; name: string; value?: string; defaultChecked?: boolean; errorName?: string }) {
  const id = useId();
  const error = useFieldError(errorName ?? name);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          name={name}
          value={value}
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 size-5 shrink-0"
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <ErrorText id={`${id}-error`}>{error}</ErrorText>
    </div>
  );
}
