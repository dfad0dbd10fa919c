"use client";

import { useFormResult } from "@/components/forms/form";
import { CopyButton } from "./copy-button";

// The feed address just made, in the form's answer: the only time it is shown (it is stored
// hashed). With JavaScript or without: the answer comes with the page either way.
export function NewFeedAddress({ texts }: { texts: { hint: string; copy: string; copied: string; subscribe: string; secret: string } }) {
  const state = useFormResult();
  const address = state.ok ? (state.data as { feedUrl?: string; webcalUrl?: string } | undefined) : undefined;
  if (!address?.feedUrl || !address.webcalUrl) return null;
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor="feed-url-input" className="text-sm text-slate-700">
        {texts.hint}
      </label>
      <input id="feed-url-input" readOnly value={address.feedUrl} className="min-h-11 w-full rounded-lg border border-slate-500 bg-slate-50 px-3 py-2 font-mono text-sm" />
      <CopyButton targetId="feed-url-input" label={texts.copy} copiedLabel={texts.copied} />
      <p>
        <a href={address.webcalUrl} className="inline-flex min-h-11 items-center font-semibold">
          {texts.subscribe}
        </a>
      </p>
      <p className="text-sm text-slate-700">{texts.secret}</p>
    </div>
  );
}
