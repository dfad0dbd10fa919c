"use client";

import { createContext, startTransition, useActionState, useContext, useRef } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import type { StateAction } from "@/lib/forms/server-action";

const FormContext = createContext<{ state: FormState; texts: Record<string, string>; pending: boolean }>({
  state: initialFormState,
  texts: {},
  pending: false,
});

// The one form of the app: a plain <form> posting to a server action built with
// serverAction(). Works without JavaScript, and with it shows the answer in place.
// `texts` are the translated message keys the action may answer with (formTexts()).
export function Form({
  action,
  texts,
  children,
  className = "flex flex-col gap-4",
  successText,
  "aria-label": ariaLabel,
}: {
  action: StateAction;
  texts: Record<string, string>;
  children: React.ReactNode;
  className?: string;
  successText?: string;
  "aria-label"?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // With JavaScript, submit through a transition instead of the form's action: React
  // resets a form after its action runs, which would throw away what the member typed
  // when the answer is a validation error. Without JavaScript the form posts as usual.
  // After a conflict the form keeps what the member typed, next to the newer version
  // (ConflictNotice) and with that version's number (VersionInput): they merge the two and
  // save again deliberately; nothing they typed is lost, nothing of the other is undone.
  const form = useRef<HTMLFormElement>(null);
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  };
  const message = state.message ? (texts[state.message] ?? state.message) : state.ok ? successText : undefined;
  return (
    <FormContext.Provider value={{ state, texts, pending }}>
      <form ref={form} action={formAction} onSubmit={submit} className={className} aria-label={ariaLabel} noValidate>
        {message && (
          <p role={state.ok ? "status" : "alert"} className={state.ok ? "rounded-lg bg-green-100 p-3 text-green-900" : "rounded-lg bg-red-100 p-3 text-red-900"}>
            {message}
          </p>
        )}
        {children}
      </form>
    </FormContext.Provider>
  );
}

export function useFieldError(name: string): string | undefined {
  const { state, texts } = useContext(FormContext);
  const key = state.fieldErrors?.[name];
  return key ? (texts[key] ?? key) : undefined;
}

export function useFormResult(): FormState {
  return useContext(FormContext).state;
}

export function useFormPending(): boolean {
  return useContext(FormContext).pending;
}
