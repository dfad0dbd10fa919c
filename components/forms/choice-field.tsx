"use client";

import { FieldsetFrame } from "./fieldset-frame";
import type { Option } from "./select-field";

// One choice from a few options as big radio buttons: a 1-5 scale (options "1".."5"
// labelled e.g. "calm" … "very tense") or labelled answers. Plain radios, so it works
// without JavaScript; the whole option is the touch target (at least 44 px high).
export function ChoiceField({
  legend,
  name,
  hint,
  options,
  defaultValue,
  required,
  layout = options.length <= 5 ? "row" : "column",
}: {
  legend: string;
  name: string;
  hint?: string;
  options: Option[];
  defaultValue?: string;
  required?: boolean;
  layout?: "row" | "column";
}) {
  return (
    <FieldsetFrame legend={legend} name={name} hint={hint}>
      <div className={layout === "row" ? "grid auto-cols-fr grid-flow-row gap-2 sm:grid-flow-col" : "flex flex-col gap-2"}>
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-slate-500 bg-white px-3 py-2 has-checked:border-blue-800 has-checked:bg-blue-50 has-checked:font-semibold has-focus-visible:ring-2 has-focus-visible:ring-blue-700"
          >
            <input type="radio" name={name} value={option.value} defaultChecked={defaultValue === option.value} required={required} className="size-5 shrink-0 accent-blue-800" />
            <span className="break-words">{option.label}</span>
          </label>
        ))}
      </div>
    </FieldsetFrame>
  );
}
