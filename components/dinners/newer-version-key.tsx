"use client";

import { useFormResult } from "@/components/forms/form";

// After a refused save the page re-renders from the newer version (the action refreshes
// it); re-keying the fields on that version makes them show it instead of what was typed,
// so saving again is a deliberate choice and never silently undoes someone else's change.
export function NewerVersionKey({ children }: { children: React.ReactNode }) {
  const state = useFormResult();
  const current = state.message === "conflict" ? (state.data?.current as { version?: number } | null | undefined) : undefined;
  return (
    <div key={current?.version ?? "read"} className="flex flex-col gap-4">
      {children}
    </div>
  );
}
