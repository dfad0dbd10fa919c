"use client";

import { useFormStatus } from "react-dom";
import { useFormPending } from "./form";

// Short classes from app/globals.css: a page has a dozen submit buttons (issue 10).
const tones = {
  primary: "button button-primary",
  danger: "button button-danger",
  secondary: "button button-secondary",
};

// Posting (without JavaScript's transition) or submitting (with it): the buttons wait.
function useSubmitting() {
  const { pending: posting } = useFormStatus();
  const submitting = useFormPending();
  return posting || submitting;
}

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
  const pending = useSubmitting();
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} aria-label={ariaLabel} className={tones[tone]}>
      {children}
    </button>
  );
}

// One tap: a submit button per choice, the chosen one stands out. One component for the
// row, not one per button: an incident has four such rows (issue 10).
export function SubmitChoices({ name, choices, chosen }: { name: string; choices: readonly { value: string; label: string }[]; chosen?: string | null }) {
  const pending = useSubmitting();
  return (
    <div className="grid gap-2 sm:grid-cols-3">
      {choices.map((choice) => (
        <button key={choice.value} type="submit" name={name} value={choice.value} disabled={pending} aria-disabled={pending} className={tones[choice.value === chosen ? "primary" : "secondary"]}>
          {choice.label}
        </button>
      ))}
    </div>
  );
}
