"use client";

import { controlClass } from "./control-class";
import { FieldFrame } from "./field-frame";

type Props = { label: string; name: string; hint?: string } & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name">;

export function TextAreaField({ label, name, hint, ...textarea }: Props) {
  return <FieldFrame label={label} name={name} hint={hint}>{(control) => <textarea rows={4} className={controlClass} {...control} {...textarea} />}</FieldFrame>;
}
