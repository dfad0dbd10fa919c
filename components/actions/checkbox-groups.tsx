"use client";

import { useId } from "react";
import { useFieldError } from "@/components/action-form";

type Props = {
  legend: string;
  name: string;
  hint?: string;
  groups: { label: string; options: { value: string; label: string }[] }[];
  defaultValues?: string[];
};

// Checkboxes in labelled groups (e.g. members by party), one fieldset, one error.
export function CheckboxGroups({ legend, name, hint, groups, defaultValues = [] }: Props) {
  const id = useId();
  const error = useFieldError(name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="font-medium">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {groups
          .filter((group) => group.options.length > 0)
          .map((group) => (
            <div key={group.label} className="flex flex-col gap-1">
              <p className="text-sm font-semibold text-slate-700">{group.label}</p>
              {group.options.map((option) => (
                <label key={option.value} className="flex min-h-11 items-center gap-2">
                  <input type="checkbox" name={name} value={option.value} defaultChecked={defaultValues.includes(option.value)} className="size-5" />
                  {option.label}
                </label>
              ))}
            </div>
          ))}
      </div>
    </fieldset>
  );
}
