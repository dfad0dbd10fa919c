"use client";

import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { requestSignIn } from "./actions";

export function SignInForm({ labels, errorTexts, callbackUrl }: { labels: { email: string; send: string }; errorTexts: Record<string, string>; callbackUrl: string }) {
  return (
    <ActionForm action={requestSignIn} errorTexts={errorTexts}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field label={labels.email} name="email" type="email" autoComplete="email" inputMode="email" required />
      <SubmitButton>{labels.send}</SubmitButton>
    </ActionForm>
  );
}
