"use client";

import { controlClass, FieldFrame } from "./field-frame";

type FieldProps = { label: string; name: string; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>;

export function Field({ label, name, hint, ...input }: FieldProps) {
  return <FieldFrame label={label} name={name} hint={hint}>{(control) => <input className={controlClass} {...control} {...input} />}</FieldFrame>;
}
