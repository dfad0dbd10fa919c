"use client";

import { useFormResult } from "./form";

// The version the form was read at. After a "changed meanwhile" refusal the newer
// version is shown; saving again then deliberately builds on it.
export function VersionInput({ version }: { version: number }) {
  const state = useFormResult();
  const current = state.message === "conflict" ? (state.data?.current as { version?: number } | null | undefined) : undefined;
  return <input type="hidden" name="version" value={String(current?.version ?? version)} />;
}
