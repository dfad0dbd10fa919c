import { z } from "zod";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { fieldErrorsFrom, formDataToObject, type FormState } from "./form-state";

// Every server action is built here: who is calling, validate, then the handler does
// the work in lib/. Returns FormState; the handler may redirect (which throws past us).
// Unauthenticated and denied callers get the same answer as for absent things.
export function serverAction<S extends z.ZodType>(
  schema: S,
  handler: (viewer: Viewer, input: z.output<S>) => Promise<FormState | void>,
) {
  return async (_previous: FormState | undefined, formData: FormData): Promise<FormState> => {
    const viewer = await getViewer();
    if (!viewer) return { ok: false, message: "signedOut" };
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) return { ok: false, message: "checkFields", fieldErrors: fieldErrorsFrom(parsed.error) };
    try {
      return (await handler(viewer, parsed.data)) ?? { ok: true };
    } catch (error) {
      return toFormState(error);
    }
  };
}

export function toFormState(error: unknown): FormState {
  // A refusal about the whole form (field "form") is the form's message, not a field's.
  if (error instanceof FieldError && error.field === "form") return { ok: false, message: error.messageKey };
  if (error instanceof FieldError) return { ok: false, message: "checkFields", fieldErrors: { [error.field]: error.messageKey } };
  if (error instanceof ConflictError) return { ok: false, message: "conflict", data: { current: error.current } };
  if (error instanceof NotFoundError || error instanceof UnauthenticatedError) return { ok: false, message: "notFound" };
  throw error;
}
