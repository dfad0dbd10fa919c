"use client";

import { controlClass } from "./control-class";
import { FieldFrame } from "./field-frame";

type Props = { label: string; name: string; hint?: string } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name">;

// A single-line input; spread `inputPropsOf(schema).<field>` for its name and limits.
export function TextField({ label, name, hint, ...input }: Props) {
  return <FieldFrame label={label} name={name} hint={hint}>{(control) => <input className={controlClass} {...control} {...input} />}</FieldFrame>;
}
