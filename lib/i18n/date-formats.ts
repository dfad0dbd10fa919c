// Shared pieces of the one date format (pages and e-mails alike):
// - times of day are 24-hour "19:30" in every language (hourCycle "h23" beside every
//   minute or short time style; tests/integration/date-formats.test.ts checks);
// - a day in another year than today says its year.
export function yearIfOther(date: Date, now = new Date()): { year?: "numeric" } {
  return date.getUTCFullYear() === now.getUTCFullYear() ? {} : { year: "numeric" };
}
