import type { z } from "zod";

// The one result shape of every server action. Field errors and the message are
// keys in the "errors" message namespace, so they show in the member's language.
export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  // Extra data for the form, e.g. the newer version after a conflict.
  data?: Record<string, unknown>;
};

export const initialFormState: FormState = { ok: false };

export function fieldErrorsFrom(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    // A repeated field's error ("options.2") belongs to the field, where the form shows it.
    const field = String(issue.path[0] ?? "form");
    if (errors[field]) continue;
    errors[field] = errorKey(issue);
  }
  return errors;
}

function errorKey(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" && issue.minimum === 1 ? "required" : "tooSmall";
    case "too_big":
      return "tooBig";
    case "invalid_format":
      return issue.format === "email" ? "email" : issue.format === "url" ? "url" : "invalid";
    case "custom":
      return issue.message;
    default:
      return "invalid";
  }
}

// FormData to a plain object; repeated keys (checkbox groups) become arrays.
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    result[key] = values.length > 1 ? values : values[0];
  }
  return result;
}
