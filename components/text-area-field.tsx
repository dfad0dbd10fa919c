"use client";

import { useId } from "react";
import { useFieldError } from "@/components/action-form";

type Props = { label: string; name: string; hint?: string } & React.TextareaHTMLAttributes<HTMLTextAreaElement>;

// A labelled textarea with its error beside it, like Field.
export function TextAreaField({ label, name, hint, ...textarea }: Props) {
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
      <textarea
        id={id}
        name={name}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="rounded-lg border border-slate-500 bg-white px-3 py-2 aria-invalid:border-red-700"
        {...textarea}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
