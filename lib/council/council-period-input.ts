import { form, optionalDate } from "@/lib/forms/fields";

// The period in the report's address (?from=…&to=…), read by the page and the PDF route
// alike. Dates are bounded in years (optionalDate): `to=9999-12-31` once crashed both.
export const councilPeriodQuery = form({ from: optionalDate, to: optionalDate });
