import { z } from "zod";

// The one set of input rules every form schema is built from. Forms post strings (or
// arrays of strings for repeated names); these rules turn them into domain values and
// carry the limits that `inputPropsOf()` turns into HTML attributes, so the browser and
// the server can never disagree about a limit.

// A NUL byte reaches PostgreSQL as an error, never as data: refuse it in the form.
const noNul = (value: string) => !value.includes("\u0000");

// Text a member types. Trimmed; bounded; empty is "" (optional) or refused (required).
export function text(max: number, options: { required?: boolean } = {}) {
  const base = z.string().trim().max(max).refine(noNul, "nulByte");
  return options.required ? z.string().trim().min(1).max(max).refine(noNul, "nulByte") : base.default("");
}

// Optional text stored as NULL when left empty.
export function optionalText(max: number) {
  return z.string().trim().max(max).refine(noNul, "nulByte").optional().transform((value) => value || null);
}

// What a member eats or avoids: the account keeps a default and each dinner answer a copy,
// and the answer form is filled from the default, so both forms must allow the same length.
export const dietaryNeedsMax = 500;

// An e-mail address as typed: trimmed, stored lower-case, at most 254 characters (RFC 5321).
export const email = z.string().trim().toLowerCase().max(254).email();

// Ids of rows (cuid or uuid), never longer than 64 characters.
export const id = z.string().trim().min(1).max(64).refine(noNul, "nulByte");

// An id that may be left empty (a select with a "none" option): NULL when empty.
export const optionalId = z.string().trim().max(64).refine(noNul, "nulByte").optional().transform((value) => value || null);

// The version a form was read at (optimistic concurrency, docs/conventions.md).
export const version = z.coerce.number().int().min(1).max(2_147_483_647);

// A whole number typed in a field, e.g. a capacity or a target.
export function wholeNumber(min: number, max: number) {
  return z.coerce.number().int().min(min).max(max);
}

// The same, where an empty field means "not set" (NULL).
export function optionalWholeNumber(min: number, max: number) {
  return z
    .string()
    .trim()
    .max(String(max).length)
    .regex(/^\d*$/, "invalid")
    .optional()
    .transform((value) => (value ? Number(value) : null))
    .pipe(z.number().int().min(min).max(max).nullable());
}

// A checkbox posts "on" (or its value) when ticked and nothing when not.
export const checkbox = z
  .union([z.string().max(10), z.boolean()])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

// One of a Prisma enum's values (`oneOf(Party)`) or of a local list (`oneOf(["up", "down"])`).
export function oneOf<const T extends readonly [string, ...string[]]>(values: T): z.ZodEnum<z.core.util.ToEnum<T[number]>>;
export function oneOf<const T extends z.core.util.EnumLike>(values: T): z.ZodEnum<T>;
export function oneOf(values: readonly [string, ...string[]] | z.core.util.EnumLike) {
  return z.enum(values as z.core.util.EnumLike);
}

// The same, where the empty choice ("none") means NULL.
export function optionalOneOf<const T extends z.core.util.EnumLike>(values: T) {
  return z
    .union([z.enum(values), z.literal("")])
    .optional()
    .transform((value) => (value ? value : null) as T[keyof T] | null);
}

// Repeated names (checkbox groups, several options) arrive as one string or an array.
// Fields of a repeated name left empty (e.g. unused date options) are no values: dropped.
export function listOf<T extends z.ZodType>(item: T, options: { max: number; min?: number }) {
  const array = z.array(item).max(options.max);
  return z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value.filter((entry) => entry !== "") : [value]),
    options.min ? array.min(options.min, "required") : array,
  );
}

// The years every date field accepts. A browser's date input lets anyone type 0000 or
// 9999, and PostgreSQL has no year 0 (JavaScript's Date ends in 275760): such a date
// crashed the save instead of being refused. Nothing in a programme's life is outside these.
const firstYear = 1900;
const lastYear = 2200;

// True for "yyyy-…" whose year is in range; other shapes are left to the field's format rule.
function isYearInRange(value: string): boolean {
  if (!/^\d{4}-/.test(value)) return true;
  const year = Number(value.slice(0, 4));
  return year >= firstYear && year <= lastYear;
}

// A date and time the calendar has: typed by hand (the browser's picker is not everywhere),
// "2026-02-30" or "25:70" would otherwise roll over into another day without a word.
function isCalendarDate(value: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!parts) return true;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = parts.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getUTCHours() === hour && date.getUTCMinutes() === minute;
}

// "yyyy-MM-dd" from <input type="date">, or empty (NULL).
export const optionalDate = z
  .string()
  .trim()
  .max(10)
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, "invalid")
  .refine(isYearInRange, "dateOutOfRange")
  .refine(isCalendarDate, "noSuchDate")
  .optional()
  .transform((value) => value || null);

// "yyyy-MM-ddTHH:mm" from <input type="datetime-local">.
export const dateTimeLocal = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "invalid")
  .refine(isYearInRange, "dateOutOfRange")
  .refine(isCalendarDate, "noSuchDate");

// The same, where an empty field means "not set" (NULL), e.g. an end left to its default.
export const optionalDateTimeLocal = z
  .string()
  .trim()
  .max(16)
  .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, "invalid")
  .refine(isYearInRange, "dateOutOfRange")
  .refine(isCalendarDate, "noSuchDate")
  .optional()
  .transform((value) => value || null);

// Shorthand for the object every form posts.
export const form = z.object;

// A phone number as members type it: digits, spaces, + ( ) . - only.
export const phone = text(40).refine((value) => /^[+\d\s().-]*$/.test(value), "invalid");

// A box that must be ticked before something that cannot be undone; `refusal` is the
// answer key shown when it is not.
export function confirmation(refusal: string) {
  return checkbox.refine((ticked) => ticked, refusal);
}

// The hidden key of a form that must write once (lib/forms/submission-key.ts). Optional:
// without one the form writes as it always did.
export const submissionKey = z
  .string()
  .trim()
  .max(64)
  .regex(/^([\w-]{16,64})?$/, "invalid")
  .optional()
  .transform((value) => value || null);

// A secret token in a link (invitation, calendar feed): hex or base64url, bounded.
export const token = z.string().min(1).max(128).regex(/^[\w-]+$/, "invalid");
