// How a poll's proposed date is shown everywhere on the poll page ("Thu 12 Mar, 18:30").
export const optionDate = { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" } as const;
