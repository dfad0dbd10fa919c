"use client";

import { createContext, useActionState, useContext } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type ServerAction = (previous: FormState | undefined, formData: FormData) => Promise<FormState>;

const FormContext = createContext<{ state: FormState; errorTexts: Record<string, string> }>({
  state: initialFormState,
  errorTexts: {},
});

// A plain <form> posting to a server action: works without JavaScript, and with it
// shows the answer in place. Texts arrive translated from the server component.
export function ActionForm({
  action,
  errorTexts,
  children,
  className = "flex flex-col gap-4",
  successText,
}: {
  action: ServerAction;
  errorTexts: Record<string, string>;
  children: React.ReactNode;
  className?: string;
  successText?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const message = state.message ? (errorTexts[state.message] ?? state.message) : state.ok ? successText : undefined;
  return (
    <FormContext.Provider value={{ state, errorTexts }}>
      <form action={formAction} className={className} noValidate>
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
  const { state, errorTexts } = useContext(FormContext);
  const key = state.fieldErrors?.[name];
  return key ? (errorTexts[key] ?? key) : undefined;
}

export function useFormResult(): FormState {
  return useContext(FormContext).state;
}
