"use client";

import { FieldsetFrame } from "./fieldset-frame";
import type { Option } from "./select-field";

type Props = {
  legend: string;
  name: string;
  hint?: string;
  groups: { label: string; options: Option[] }[];
  defaultValues?: string[];
};

// Checkboxes in labelled groups (e.g. members by party), one fieldset, one error.
export function CheckboxGroups({ legend, name, hint, groups, defaultValues = [] }: Props) {
  return (
    <FieldsetFrame legend={legend} name={name} hint={hint}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {groups
          .filter((group) => group.options.length > 0)
          .map((group) => (
            <div key={group.label} className="flex flex-col gap-1">
              <p className="text-sm font-semibold text-slate-700">{group.label}</p>
              {group.options.map((option) => (
                <label key={option.value} className="flex min-h-11 items-center gap-2">
                  <input type="checkbox" name={name} value={option.value} defaultChecked={defaultValues.includes(option.value)} className="size-5 shrink-0" />
                  {option.label}
                </label>
              ))}
            </div>
          ))}
      </div>
    </FieldsetFrame>
  );
}
