import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Party } from "@/lib/generated/prisma/enums";
import { checkbox, dateTimeLocal, id, listOf, oneOf, optionalDate, optionalDateTimeLocal, optionalOneOf, optionalWholeNumber, text, version } from "./fields";
import { fieldErrorsFrom } from "./form-state";
import { inputPropsOf } from "./input-props";

const schema = z.object({
  programmeId: id,
  version,
  title: text(200, { required: true }),
  notes: text(10_000),
  capacity: optionalWholeNumber(1, 500),
  party: oneOf(Party),
  host: optionalOneOf(Party),
  confirm: checkbox,
  ownerIds: listOf(id, { max: 100, min: 1 }),
});

describe("shared field rules", () => {
  it("turn posted strings into domain values", () => {
    const parsed = schema.parse({ programmeId: "p1", version: "3", title: "  Walk  ", capacity: "", party: "POLICE", host: "", confirm: "on", ownerIds: "m1" });
    expect(parsed).toEqual({ programmeId: "p1", version: 3, title: "Walk", notes: "", capacity: null, party: "POLICE", host: null, confirm: true, ownerIds: ["m1"] });
    expect(schema.parse({ programmeId: "p1", version: "1", title: "x", party: "COMMUNITY", ownerIds: ["a", "b"] }).confirm).toBe(false);
  });

  it("refuse NUL bytes, unknown choices, empty required lists and numbers out of range", () => {
    const result = schema.safeParse({ programmeId: "p\u0000", version: "0", title: "a\u0000b", capacity: "501", party: "ADMIN", ownerIds: [] });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((issue) => issue.path.join(".")));
    expect(fields).toEqual(new Set(["programmeId", "version", "title", "capacity", "party", "ownerIds"]));
    // A NUL byte gets its own clear message, not "not valid".
    expect(result.error!.issues.find((issue) => issue.path[0] === "title")?.message).toBe("nulByte");
    expect(result.error!.issues.find((issue) => issue.path[0] === "programmeId")?.message).toBe("nulByte");
  });
});

describe("date fields", () => {
  const messageOf = (field: z.ZodType, value: string) => field.safeParse(value).error?.issues[0]?.message;

  it("refuse years PostgreSQL or JavaScript cannot store, with their own message", () => {
    for (const value of ["0000-01-01", "1899-12-31", "2201-01-01", "9999-12-31"]) expect(messageOf(optionalDate, value), value).toBe("dateOutOfRange");
    for (const field of [dateTimeLocal, optionalDateTimeLocal]) {
      expect(messageOf(field, "0000-01-01T12:00")).toBe("dateOutOfRange");
      expect(messageOf(field, "9999-12-31T12:00")).toBe("dateOutOfRange");
    }
  });

  it("accept the years in range and empty, and leave other shapes to the format rule", () => {
    expect(optionalDate.parse("1900-01-01")).toBe("1900-01-01");
    expect(optionalDate.parse("2200-12-31")).toBe("2200-12-31");
    expect(optionalDate.parse("")).toBeNull();
    expect(dateTimeLocal.parse("2026-06-01T18:30")).toBe("2026-06-01T18:30");
    expect(optionalDateTimeLocal.parse("")).toBeNull();
    expect(optionalDate.safeParse("31-12-2026").error?.issues.map((issue) => issue.message)).toEqual(["invalid"]);
  });

  it("refuse dates and times the calendar does not have, instead of rolling them over", () => {
    for (const value of ["2026-02-30T18:00", "2026-02-29T18:00", "2026-13-01T18:00", "2026-06-01T25:00", "2026-06-01T18:70"]) {
      expect(messageOf(dateTimeLocal, value), value).toBe("noSuchDate");
      expect(messageOf(optionalDateTimeLocal, value), value).toBe("noSuchDate");
    }
    expect(messageOf(optionalDate, "2026-04-31")).toBe("noSuchDate");
    expect(optionalDate.parse("2028-02-29")).toBe("2028-02-29");
    expect(dateTimeLocal.parse("2026-12-31T23:59")).toBe("2026-12-31T23:59");
  });

  it("name a repeated field's error after the field, where the form shows it", () => {
    const options = z.object({ options: listOf(dateTimeLocal, { max: 5 }) }).safeParse({ options: ["2026-06-01T18:00", "20266-06-01T18:00"] });
    expect(fieldErrorsFrom(options.error!)).toEqual({ options: "invalid" });
  });
});

describe("inputPropsOf", () => {
  it("derives HTML limits from the same schema the server validates with", () => {
    const props = inputPropsOf(schema);
    expect(props.title).toEqual({ name: "title", required: true, maxLength: 200 });
    expect(props.notes).toEqual({ name: "notes", maxLength: 10_000 });
    expect(props.capacity).toMatchObject({ name: "capacity", min: 1, max: 500 });
    expect(props.capacity.required).toBeUndefined();
    expect(props.version).toMatchObject({ name: "version", min: 1, required: true });
    expect(props.party).toEqual({ name: "party", required: true });
    expect(props.confirm).toEqual({ name: "confirm", maxLength: 10 });
  });
});
