"use client";

import { useId } from "react";
import { useFieldError } from "./form";

export type ControlProps = { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string };

export function Hint({ id, children }: { id: string; children?: React.ReactNode }) {
  return children ? (
    <p id={id} className="text-sm text-slate-600">
      {children}
    </p>
  ) : null;
}

export function ErrorText({ id, children }: { id: string; children?: React.ReactNode }) {
  return children ? (
    <p id={id} className="text-sm font-medium text-red-800">
      {children}
    </p>
  ) : null;
}

// Label, hint and error around one form control, tied together for screen readers.
// Every field component is this frame around its control.
export function FieldFrame({ label, name, hint, children }: { label: string; name: string; hint?: string; children: (control: ControlProps) => React.ReactNode }) {
  const id = useId();
  const error = useFieldError(name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <Hint id={`${id}-hint`}>{hint}</Hint>
      {children({ id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      <ErrorText id={`${id}-error`}>{error}</ErrorText>
    </div>
  );
}
