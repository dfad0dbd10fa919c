"use client";

import { useId } from "react";
import { useFieldError } from "./action-form";

export type ControlProps = { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string };

// Label, hint and error around one form control, tied together for screen readers.
// Field, SelectField and TextAreaField are this frame around their control.
export function FieldFrame({ label, name, hint, children }: { label: string; name: string; hint?: string; children: (control: ControlProps) => React.ReactNode }) {
  const id = useId();
  const error = useFieldError(name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children({ id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

export const controlClass = "min-h-11 max-w-full rounded-lg border border-slate-500 bg-white px-3 py-2 aria-invalid:border-red-700";
