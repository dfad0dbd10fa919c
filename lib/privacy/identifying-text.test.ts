import { describe, expect, it } from "vitest";
import { findIdentifyingDetail } from "./identifying-text";

const members = ["Fatima El Amrani", "Jan de Vries", "Ed"];

describe("findIdentifyingDetail", () => {
  it.each([
    ["Call him on 06-12345678 tonight", "phone"],
    ["nummer +31 6 1234 5678", "phone"],
    ["bel 020 123 4567", "phone"],
    ["mail boy@example.nl about it", "email"],
    ["geboren 12-03-2007 en woont hier", "birthDate"],
    ["the kid born in 2008", "birthDate"],
    ["rijdt in een auto met kenteken 12-ABC-3", "licencePlate"],
    ["car XX-99-99 parked all night", "licencePlate"],
    ["BSN 111222333", "bsn"],
    ["zijn nummer is 1112.22.333", "bsn"],
    ["Fatima el Amrani heard it too", "memberName"],
    ["ask De Vries about it", "memberName"],
  ])("refuses %j (%s)", (text, kind) => {
    expect(findIdentifyingDetail(text, { memberNames: members })).toBe(kind);
  });

  it.each([
    "Groups of youths gather at the Prinsenplein after 22:00",
    "Spanning rond de moskee sinds de demonstratie van zaterdag 14 november",
    "Stickers with a far-right logo on lamp posts in the Vaillantlaan, about 30 of them",
    "Meer dan 120 mensen bij de bijeenkomst; sfeer gespannen",
    "Edgar said nothing", // a short first name ("Ed") inside another word is not a mention
    "Tuesday 19:30, around 15 people, bus 23 stop",
  ])("lets neighbourhood text through: %j", (text) => {
    expect(findIdentifyingDetail(text, { memberNames: members })).toBeNull();
  });
});
