"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

// Copies the text of an input to the clipboard. Without JavaScript it is not shown: the
// input stays selectable by hand.
export function CopyButton({ targetId, label, copiedLabel }: { targetId: string; label: string; copiedLabel: string }) {
  // false in the server's HTML (no button without JavaScript), true once hydrated.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [copied, setCopied] = useState(false);
  if (!ready) return null;
  const copy = async () => {
    const input = document.getElementById(targetId) as HTMLInputElement | null;
    if (!input) return;
    try {
      await navigator.clipboard.writeText(input.value);
    } catch {
      input.select();
      document.execCommand("copy");
    }
    setCopied(true);
  };
  return (
    <div className="flex items-center gap-3">
      <button type="button" onClick={copy} className="min-h-11 self-start rounded-lg border border-slate-600 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100">
        {label}
      </button>
      <span aria-live="polite" className="text-sm text-green-800">
        {copied ? copiedLabel : ""}
      </span>
    </div>
  );
}
