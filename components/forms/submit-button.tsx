"use client";

import { useFormStatus } from "react-dom";
import { useFormPending } from "./form";

// Short classes from app/globals.css: a page has a dozen submit buttons (issue 10).
const tones = {
  primary: "button button-primary",
  danger: "button button-danger",
  secondary: "button button-secondary",
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
      className={tones[tone]}
    >
      {children}
    </button>
  );
}
