// Allies holds no data about individuals of concern (it is not case management). Where a
// member writes about the neighbourhood (signals, incidents, actions, agenda items), text that looks like it
// identifies a person is refused with a request to rephrase. The rule is deliberately
// simple and errs on the side of refusing; decision record 013 explains it.

export type IdentifyingKind = "phone" | "email" | "birthDate" | "licencePlate" | "bsn" | "address" | "memberName" | "personName";

// Also written "jan [at] example.nl" or "jan @ example.nl" to slip past a filter.
const email = /[\p{L}\p{N}._%+-]+\s*(?:@|\[at\]|\(at\))\s*[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/iu;
// Dutch and international phone numbers: +31 6 12345678, 06-12345678, 020 123 4567, (010) 1234567,
// 06 - 12 34 56 78, 06/12345678: ten digits from a leading 0, whatever sits between them.
const phone = /(?:\+|00)\d[\d\s()./-]{7,}\d|(?<!\d)\(?0\d(?:[\s.\/()-]*\d){8}(?!\d)/;
// Dates that could be a birth date: 12-03-1987, 12/3/87, 1987-03-12, "geboren"/"born" with a year.
const birthDate = /(?<!\d)(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?!\d)|\b(?:geboren|geb\.|born|dob|date of birth|geboortedatum)\b/iu;
// Dutch licence plates (sidecodes 1-14, e.g. 12-ABC-3, AB-123-C, 1-ABC-23, XX-99-99) with dashes.
const licencePlate = /(?<![\p{L}\p{N}])(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d)(?![\p{L}\p{N}])/iu;
// The same plates written without dashes ("12ABC3", "AB123C"), in capitals as on the plate:
// a word in capitals with digits is rare in neighbourhood text. Not sidecode 99-99-XX, which
// written together is a postcode ("2526BH"), and a postcode describes the neighbourhood.
const licencePlateWithoutDashes = /(?<![\p{L}\p{N}])(?:[A-Z]{2}\d{4}|\d{2}[A-Z]{2}\d{2}|[A-Z]{2}\d{2}[A-Z]{2}|[A-Z]{4}\d{2}|\d{2}[A-Z]{4}|\d{2}[A-Z]{3}\d|\d[A-Z]{3}\d{2}|[A-Z]{2}\d{3}[A-Z]|[A-Z]\d{3}[A-Z]{2}|[A-Z]{3}\d{2}[A-Z]|[A-Z]\d{2}[A-Z]{3}|\d[A-Z]{2}\d{3}|\d{3}[A-Z]{2}\d)(?![\p{L}\p{N}])/u;
// After the word "kenteken" or "plate", a plate in any case and spacing ("kenteken 12 abc 3").
const afterPlateWord = /\b(?:kenteken|nummerbord|(?:licen[cs]e|number|registration) plate)\s*:?\s*([\p{L}\p{N}]+(?:[\s-]+[\p{L}\p{N}]+){0,2})/giu;

function namesLicencePlate(text: string): boolean {
  for (const match of text.matchAll(afterPlateWord)) {
    let written = "";
    for (const part of match[1]!.split(/[\s-]+/)) {
      written += part;
      if (/^(?=.*\d)(?=.*[a-z])[a-z\d]{6}$/i.test(written)) return true;
    }
  }
  return false;
}

// A person named by a title or as a household: "meneer De Boer", "mevr. El Amrani", "Mrs
// O'Brien", "familie Yılmaz", "the Jansen family". The name must start with a capital, so
// "mevrouw de burgemeester" and "the family of the victim" pass.
const particles = "(?:(?:van|de|der|den|ter|ten|te|el|al|op|in|'t)\\s+)*";
const name = "\\p{Lu}[\\p{L}'’-]+";
const personName = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[Mm]eneer|[Mm]evrouw|[Mm]evr\\.?|[Dd]hr\\.?|[Mm]w\\.|[Dd]e heer|[Ff]amilie|[Ff]am\\.|[Gg]ezin|Mr\\.?|Mrs\\.?|Ms\\.?|Miss)\\s+${particles}${name}|\\b[Tt]he\\s+${name}\\s+family\\b`,
  "u",
);
const nineDigits = /(?<!\d)\d{9}(?!\d)|(?<!\d)\d{4}\.\d{2}\.\d{3}(?!\d)|(?<!\d)\d{3}[\s-]\d{3}[\s-]\d{3}(?!\d)/g;
// A home address: a street with a house number ("Kerkstraat 12", "Dorpsweg 4a", "12 Church
// Street") or a postcode with one ("2526 BH 9"). A street on its own describes the
// neighbourhood ("youths in the Vaillantlaan"); with a number it points at a household. A
// year after such a word is not a house number ("de woningmarkt 2026").
const houseNumber = "(?!(?:19|20)\\d\\d(?!\\d))\\d{1,4}";
const dutchStreet = "straat|weg|laan|plein|gracht|kade|singel|dijk|steeg|pad|dreef|hof|markt|plantsoen|park|wal|haven";
const englishStreet = "street|road|avenue|lane";
const streetAddress = new RegExp(
  `\\p{L}+(?:${dutchStreet}|${englishStreet})\\s+${houseNumber}(?:\\s?[a-z])?(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])${houseNumber}[a-z]?\\s+(?:\\p{L}+\\s+)?\\p{L}*(?:${englishStreet})\\b`,
  "iu",
);
const postcodeAddress = /(?<![\p{L}\p{N}])[1-9]\d{3}\s?[A-Z]{2}\s+\d{1,4}(?!\d)/u;

// A BSN (Dutch citizen service number) passes the "elfproef".
function isBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === "000000000") return false;
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (index === 8 ? -1 : 9 - index), 0);
  return sum % 11 === 0;
}

// Full-width digits and letters as plain ones, and no invisible characters in between: a
// number written to slip past the rules is still found.
function plain(text: string): string {
  return text.normalize("NFKC").replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "");
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
export function findIdentifyingDetail(written: string, options: { memberNames?: readonly string[] } = {}): IdentifyingKind | null {
  const text = plain(written);
  if (email.test(text)) return "email";
  for (const match of text.matchAll(nineDigits)) if (isBsn(match[0].replace(/[\s.-]/g, ""))) return "bsn";
  if (phone.test(text)) return "phone";
  if (birthDate.test(text)) return "birthDate";
  if (licencePlate.test(text) || licencePlateWithoutDashes.test(text) || namesLicencePlate(text)) return "licencePlate";
  if (streetAddress.test(text) || postcodeAddress.test(text)) return "address";
  if (options.memberNames && mentionsName(text, options.memberNames)) return "memberName";
  if (personName.test(text)) return "personName";
  return null;
}
