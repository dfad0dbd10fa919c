import { z } from "zod";

export type InputProps = { name: string; required?: boolean; maxLength?: number; minLength?: number; min?: number; max?: number };

// The HTML attributes of each field of a form schema, read off the schema itself:
// `<TextField label={…} {...fields.title} />` gets name, required and maxLength from the
// same rule the server action validates with, so the two cannot drift apart.
export function inputPropsOf<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>): { [K in keyof Shape & string]: InputProps } {
  const props = {} as { [K in keyof Shape & string]: InputProps };
  for (const [name, field] of Object.entries(schema.shape) as [keyof Shape & string, z.ZodType][]) {
    const limits: InputProps = { name };
    collect(field, limits);
    const required = !field.safeParse(undefined).success && !field.safeParse("").success;
    if (required) limits.required = true;
    props[name] = limits;
  }
  return props;
}

// Walks wrappers (optional, default, pipes, preprocess) down to the string and number
// rules and keeps the tightest limits found.
function collect(schema: z.core.$ZodType, limits: InputProps): void {
  if (schema instanceof z.ZodString) {
    if (schema.maxLength !== null) limits.maxLength = Math.min(limits.maxLength ?? Infinity, schema.maxLength);
    if (schema.minLength !== null && schema.minLength > 1) limits.minLength = schema.minLength;
    return;
  }
  if (schema instanceof z.ZodNumber) {
    if (schema.minValue !== null && Number.isFinite(schema.minValue) && Math.abs(schema.minValue) < Number.MAX_SAFE_INTEGER) limits.min = schema.minValue;
    if (schema.maxValue !== null && Number.isFinite(schema.maxValue) && Math.abs(schema.maxValue) < Number.MAX_SAFE_INTEGER) limits.max = schema.maxValue;
    return;
  }
  const def = schema._zod.def as { innerType?: z.core.$ZodType; in?: z.core.$ZodType; out?: z.core.$ZodType; options?: z.core.$ZodType[] };
  if (def.innerType) collect(def.innerType, limits);
  if (def.in) collect(def.in, limits);
  if (def.out) collect(def.out, limits);
  if (def.options) for (const option of def.options) collect(option, limits);
}
