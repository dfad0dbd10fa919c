"use client";

import { useId } from "react";
import { useFieldError } from "@/components/action-form";

const controlClass = "min-h-11 rounded-lg border border-slate-500 bg-white px-3 py-2 aria-invalid:border-red-700";

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-sm text-slate-600">
      {hint}
    </p>
  ) : null;
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="text-sm font-medium text-red-800">
      {error}
    </p>
  ) : null;
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

export function SelectField({ label, name, hint, options, defaultValue }: { label: string; name: string; hint?: string; options: { value: string; label: string }[]; defaultValue?: string }) {
  const id = useId();
  const error = useFieldError(name);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <select id={id} name={name} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={controlClass}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ErrorText id={id} error={error} />
    </div>
  );
}

export function TextAreaField({ label, name, hint, defaultValue, maxLength }: { label: string; name: string; hint?: string; defaultValue?: string; maxLength?: number }) {
  const id = useId();
  const error = useFieldError(name);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <textarea id={id} name={name} rows={3} defaultValue={defaultValue} maxLength={maxLength} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={controlClass} />
      <ErrorText id={id} error={error} />
    </div>
  );
}

export function CheckboxField({ label, name }: { label: string; name: string }) {
  const id = useId();
  const error = useFieldError(name);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <input id={id} type="checkbox" name={name} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className="mt-1 size-5" />
        <label htmlFor={id}>{label}</label>
      </div>
      <ErrorText id={id} error={error} />
    </div>
  );
}
