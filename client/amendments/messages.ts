/** The amendments feature's strings, in English and French (merged into the one catalogue). */

export const amendmentsEn = {
} as const;

export const amendmentsFr: Record<keyof typeof amendmentsEn, string> = {
};
