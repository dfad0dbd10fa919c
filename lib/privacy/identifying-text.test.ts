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
    ["bel 06 - 12 34 56 78", "phone"],
    ["010 - 123 45 67", "phone"],
    ["(06) 12345678", "phone"],
    ["06/12345678", "phone"],
    ["06\u200B12345678", "phone"], // an invisible space in between
    ["\uFF10\uFF16\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18", "phone"], // full-width digits
    ["jan [at] example.nl", "email"],
    ["mail jan @ wijk.gemeente.nl", "email"],
    ["BSN 111 222 333", "bsn"],
    ["woont op de Kerkstraat 12", "address"],
    ["t.o. Dorpsweg 4a", "address"],
    ["lives at 12 Church Street", "address"],
    ["postcode 2526 BH 9", "address"],
    ["Fatima el Amrani heard it too", "memberName"],
    ["ask De Vries about it", "memberName"],
    ["auto 12ABC3 staat er elke nacht", "licencePlate"],
    ["a van AB123C outside the school", "licencePlate"],
    ["kenteken 12 abc 3", "licencePlate"],
    ["licence plate: ab-12-cd", "licencePlate"],
    ["meneer De Boer klaagt over de overlast", "personName"],
    ["mevr. Bakker was erbij", "personName"],
    ["de familie van der Berg heeft last van de jongeren", "personName"],
    ["het gezin Yılmaz", "personName"],
    ["Mrs O'Brien saw them", "personName"],
    ["the Jansen family moved out", "personName"],
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
    "Youths in the Vaillantlaan, 3 evenings in a row",
    "De woningmarkt 2026 staat onder druk",
    "In 2026 en 3 keer daarvoor",
    "Postcodegebied 2526BH: meer meldingen dan vorig jaar", // a postcode is a part of the neighbourhood
    "Buslijn N470 en tram 11 rijden weer",
    "Het kenteken werd niet gezien; om 10 uur 3 mensen bij de ingang",
    "mevrouw de burgemeester kwam langs",
    "the family of the victim asked for calm",
    "De familie en de buren waren er",
    "COVID19 and 5G rumours in the group chat",
  ])("lets neighbourhood text through: %j", (text) => {
    expect(findIdentifyingDetail(text, { memberNames: members })).toBeNull();
  });
});
