/**
 * The size limits of a document's live text, checked by the server before an update is applied and
 * by the editor before it sends one, so a refused paste is explained instead of silently lost.
 */
import { z } from 'zod';

/**
 * maxBlocksPerDocument: top-level blocks (title, headings, paragraphs, sub-items) a document may hold;
 * maxBlocksPerUpdate: blocks one update may add (a paste, an offline session's sync);
 * maxParagraphChars: characters one paragraph may hold.
 */
export type DocumentLimits = z.infer<typeof documentLimitsSchema>;

export const documentLimitsSchema = z.object({
  maxBlocksPerDocument: z.number().int().positive(),
  maxBlocksPerUpdate: z.number().int().positive(),
  maxParagraphChars: z.number().int().positive(),
});

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  maxBlocksPerDocument: 20_000,
  maxBlocksPerUpdate: 10_000,
  maxParagraphChars: 20_000,
};

/** Close code of a connection whose update broke a limit or the schema (it must not reconnect and resend it). */
export const REFUSED_UPDATE_CLOSE_CODE = 4413;

export type LimitBreach =
  /** `atLeast`: the count stopped at the first block past the limit (the server does not read further). */
  | { limit: 'blocksPerUpdate'; found: number; max: number; atLeast?: boolean }
  | { limit: 'blocksPerDocument'; found: number; max: number }
  | { limit: 'paragraphChars'; found: number; max: number };

/** The sentence a person sees when a change of theirs breaks a limit. */
export function describeBreach(breach: LimitBreach): string {
  const n = (value: number) => value.toLocaleString('en');
  switch (breach.limit) {
    case 'blocksPerUpdate':
      return breach.atLeast
        ? `This change adds more than ${n(breach.max)} paragraphs; at most ${n(breach.max)} can be added at once.`
        : `This change adds ${n(breach.found)} paragraphs; at most ${n(breach.max)} can be added at once.`;
    case 'blocksPerDocument':
      return `This change would make the document ${n(breach.found)} paragraphs long; the limit is ${n(breach.max)}.`;
    case 'paragraphChars':
      return `This change makes a paragraph ${n(breach.found)} characters long; the limit is ${n(breach.max)}.`;
  }
}
