"use client";

import { FieldsetFrame } from "./fieldset-frame";
import type { Option } from "./select-field";

// One choice from a few options as big radio buttons: a 1-5 scale (options "1".."5"
// labelled e.g. "calm" … "very tense") or labelled answers. Plain radios, so it works
// without JavaScript; the whole option is the touch target (at least 44 px high). Styled by
// one short class (.choice in app/globals.css): a poll repeats it for every date.
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
          <label key={option.value} className="choice">
            <input type="radio" name={name} value={option.value} defaultChecked={defaultValue === option.value} required={required} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </FieldsetFrame>
  );
}
