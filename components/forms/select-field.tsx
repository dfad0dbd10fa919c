"use client";

import { controlClass } from "./control-class";
import { FieldFrame } from "./field-frame";

export type Option = { value: string; label: string };

type Props = { label: string; name: string; hint?: string; options: Option[] } & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name">;

export function SelectField({ label, name, hint, options, ...select }: Props) {
  return (
    <FieldFrame label={label} name={name} hint={hint}>
      {(control) => (
        <select className={controlClass} {...control} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
