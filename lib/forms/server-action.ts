import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { fieldErrorsFrom, formDataToObject, type FormState } from "./form-state";

// The two shapes a form can post to: with useActionState (the answer is shown in place)
// or as a plain <form action> whose page shows the outcome after it re-renders.
export type StateAction = (previous: FormState | undefined, formData: FormData) => Promise<FormState>;
export type PlainAction = (formData: FormData) => Promise<void>;

type Access = "member" | "anyone";
type Handler<S extends z.ZodType, A extends Access> = (viewer: A extends "member" ? Viewer : Viewer | null, input: z.output<S>) => Promise<FormState | void>;

// Every server action is built here: who is calling, validate, then the handler does
// the work in lib/. Returns FormState; the handler may redirect (which throws past us).
// Unauthenticated and denied callers get the same answer as for absent things.
// `access: "anyone"` is only for what signed-out visitors must reach (sign-in, language).
export function serverAction<S extends z.ZodType, A extends Access = "member">(schema: S, handler: Handler<S, A>, options?: { access: A }): StateAction {
  return (_previous, formData) => run(schema, handler, options?.access ?? "member", formData);
}

// The same pipeline for a form posted without useActionState: the page it was posted
// from shows the outcome when it re-renders. Signed out → sign in; absent or denied → 404.
export function formAction<S extends z.ZodType, A extends Access = "member">(schema: S, handler: Handler<S, A>, options?: { access: A }): PlainAction {
  return async (formData) => {
    const state = await run(schema, handler, options?.access ?? "member", formData);
    // Like a page's guard (lib/auth/pages.ts), with the start page to come back to.
    if (state.message === "signedOut") redirect("/signin?callbackUrl=%2F");
    if (state.message === "notFound") notFound();
  };
}

async function run<S extends z.ZodType, A extends Access>(schema: S, handler: Handler<S, A>, access: Access, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer && access === "member") return { ok: false, message: "signedOut" };
  const parsed = schema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, message: "checkFields", fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    return (await handler(viewer as Viewer, parsed.data)) ?? { ok: true };
  } catch (error) {
    return toFormState(error);
  }
}

export function toFormState(error: unknown): FormState {
  // A refusal about the whole form (field "form") is the form's message, not a field's.
  if (error instanceof FieldError && error.field === "form") return { ok: false, message: error.messageKey };
  if (error instanceof FieldError) return { ok: false, message: "checkFields", fieldErrors: { [error.field]: error.messageKey } };
  if (error instanceof ConflictError) return { ok: false, message: "conflict", data: { current: error.current } };
  if (error instanceof NotFoundError || error instanceof UnauthenticatedError) return { ok: false, message: "notFound" };
  throw error;
}
