/** The revisions feature's strings, in English and French (merged into the one catalogue). */

export const revisionsEn = {
} as const;

export const revisionsFr: Record<keyof typeof revisionsEn, string> = {
};
