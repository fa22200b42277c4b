/**
 * Stale reasons: the English sentence stored with the amendment (what API clients and old rows have)
 * and the code clients translate. The anchor module words its own reasons; they are read back here.
 */
import type { StaleCode } from '../../shared/amendments/amendment-schemas.js';

const OVERLAP = /^it overlaps amendment (\S+), which was accepted$/;

const BY_SENTENCE: ReadonlyMap<string, StaleCode> = new Map([
  ['the text it amends has changed', 'text-changed'],
  // Older rows, and the wording a decision falls back on.
  ['its text changed', 'text-changed'],
  ['the text it amends now appears in more than one place', 'text-ambiguous'],
  ['the paragraph it amends has no id', 'paragraph-without-id'],
  ['the paragraph it follows was deleted', 'preceding-paragraph-deleted'],
  ['the paragraph was already deleted', 'paragraph-deleted'],
  ['the paragraph has changed since the proposal', 'paragraph-changed'],
]);

export function overlapReason(acceptedId: string): string {
  return `it overlaps amendment ${acceptedId}, which was accepted`;
}

/** The code of a stored reason, with the accepted amendment's id for an overlap; null for a sentence not known here. */
export function staleCodeOf(reason: string | null): { code: StaleCode; acceptedId: string | null } | null {
  if (reason === null) return null;
  const overlap = OVERLAP.exec(reason);
  if (overlap?.[1]) return { code: 'overlaps-accepted', acceptedId: overlap[1] };
  const code = BY_SENTENCE.get(reason);
  return code ? { code, acceptedId: null } : null;
}
