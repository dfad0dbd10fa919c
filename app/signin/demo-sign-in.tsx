"use client";

import { ActionForm } from "@/components/action-form";
import { SubmitButton } from "@/components/submit-button";
import { signInAsDemo } from "./actions";

export function DemoSignIn({ accounts, errorTexts, callbackUrl }: { accounts: { key: string; label: string; name: string }[]; errorTexts: Record<string, string>; callbackUrl: string }) {
  return (
    <ActionForm action={signInAsDemo} errorTexts={errorTexts} className="grid gap-2 sm:grid-cols-2">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {accounts.map((account) => (
        <SubmitButton key={account.key} name="account" value={account.key} className="flex-col bg-slate-800 hover:bg-slate-900">
          <span>{account.label}</span>
          <span className="text-sm font-normal">{account.name}</span>
        </SubmitButton>
      ))}
    </ActionForm>
  );
}
