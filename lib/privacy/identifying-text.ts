// Allies holds no data about individuals of concern (it is not case management). Where a
// member writes about the neighbourhood (signals, incidents), text that looks like it
// identifies a person is refused with a request to rephrase. The rule is deliberately
// simple and errs on the side of refusing; decision record 013 explains it.

export type IdentifyingKind = "phone" | "email" | "birthDate" | "licencePlate" | "bsn" | "memberName";

const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
// Dutch and international phone numbers: +31 6 12345678, 06-12345678, 020 123 4567, (010) 1234567.
const phone = /(?:\+|00)\d[\d\s().-]{7,}\d|(?<!\d)0\d(?:[\s.-]?\d){8}(?!\d)|\(0\d{2,3}\)\s?\d{6,7}/;
// Dates that could be a birth date: 12-03-1987, 12/3/87, 1987-03-12, "geboren"/"born" with a year.
const birthDate = /(?<!\d)(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?!\d)|\b(?:geboren|geb\.|born|dob|date of birth|geboortedatum)\b/iu;
// Dutch licence plates (sidecodes 1-14, e.g. 12-ABC-3, AB-123-C, 1-ABC-23, XX-99-99) with dashes.
const licencePlate = /(?<![\p{L}\p{N}])(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d)(?![\p{L}\p{N}])/iu;
const nineDigits = /(?<!\d)\d{9}(?!\d)|(?<!\d)\d{4}\.\d{2}\.\d{3}(?!\d)/g;

// A BSN (Dutch citizen service number) passes the "elfproef".
function isBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === "000000000") return false;
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (index === 8 ? -1 : 9 - index), 0);
  return sum % 11 === 0;
}

function normalise(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

// Names of the programme's members appear as whole words ("Fatima El Amrani", or the
// surname alone when it is distinctive: at least four letters).
function mentionsName(text: string, names: readonly string[]): boolean {
  const haystack = ` ${normalise(text).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  return names.some((name) => {
    const parts = normalise(name).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    if (!parts) return false;
    if (haystack.includes(` ${parts} `)) return true;
    const surname = parts.split(" ").at(-1)!;
    return parts.includes(" ") && surname.length >= 4 && haystack.includes(` ${surname} `);
  });
}

// The first kind of identifying detail found in the text, or null when none.
export function findIdentifyingDetail(text: string, options: { memberNames?: readonly string[] } = {}): IdentifyingKind | null {
  if (email.test(text)) return "email";
  for (const match of text.matchAll(nineDigits)) if (isBsn(match[0].replace(/\./g, ""))) return "bsn";
  if (phone.test(text)) return "phone";
  if (birthDate.test(text)) return "birthDate";
  if (licencePlate.test(text)) return "licencePlate";
  if (options.memberNames && mentionsName(text, options.memberNames)) return "memberName";
  return null;
}
