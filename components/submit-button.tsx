"use client";

import { useFormStatus } from "react-dom";
import { useFormPending } from "./action-form";

export function SubmitButton({ children, className = "", name, value }: { children: React.ReactNode; className?: string; name?: string; value?: string }) {
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
      className={`inline-flex min-h-11 items-center justify-center rounded-lg bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 disabled:opacity-60 ${className}`}
    >
      {children}
    </button>
  );
}
