// How a poll's proposed date is shown everywhere on the poll page ("Thu 12 Mar 2027, 18:30"):
// with the year, since polls often look ahead into the next one.
export const optionDate = { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
