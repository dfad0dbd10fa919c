// The tension scale 1 (calm) .. 5 (very tense), for ChoiceField and SelectField options.
export const levels = ["1", "2", "3", "4", "5"] as const;
