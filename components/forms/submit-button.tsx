"use client";

import { useFormStatus } from "react-dom";
import { useFormPending } from "./form";

const tones = {
  primary: "bg-blue-800 text-white hover:bg-blue-900",
  danger: "bg-red-800 text-white hover:bg-red-900",
  secondary: "border border-slate-500 bg-white text-slate-900 hover:bg-slate-50",
};

export function SubmitButton({
  children,
  tone = "primary",
  name,
  value,
  "aria-label": ariaLabel,
}: {
  children: React.ReactNode;
  tone?: keyof typeof tones;
  name?: string;
  value?: string;
  "aria-label"?: string;
}) {
  const { pending: posting } = useFormStatus();
  const submitting = useFormPending();
  const pending = posting || submitting;
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      aria-label={ariaLabel}
      className={`inline-flex min-h-11 items-center justify-center rounded-lg px-4 py-2 font-semibold disabled:opacity-60 ${tones[tone]}`}
    >
      {children}
    </button>
  );
}
