/**
 * Names a chair is likely to give the next revision, following UN practice: Zero draft, Rev.1,
 * Rev.2, …, Final. Revision names are part of the document, so they are not translated.
 */
import type { RevisionView } from '../../shared/revisions/revision-schemas.js';

export const ZERO_DRAFT = 'Zero draft';
export const FINAL = 'Final';

const REV_NUMBER = /^r[eé]v\.?\s*(\d+)$/i;

/** Named revisions only, newest first (as the server lists them). */
export function namedRevisions(revisions: readonly RevisionView[]): RevisionView[] {
  return revisions.filter((revision) => revision.kind === 'named');
}

export function checkpoints(revisions: readonly RevisionView[]): RevisionView[] {
  return revisions.filter((revision) => revision.kind === 'checkpoint');
}

/** The suggestions to offer, the most likely first. */
export function suggestRevisionNames(existing: readonly string[]): string[] {
  const taken = new Set(existing.map((name) => name.trim().toLowerCase()));
  if (taken.size === 0) return [ZERO_DRAFT, 'Rev.1', FINAL];
  let highest = 0;
  for (const name of existing) {
    const match = REV_NUMBER.exec(name.trim());
    if (match?.[1]) highest = Math.max(highest, Number(match[1]));
  }
  const next = [`Rev.${highest + 1}`, FINAL];
  return next.filter((name) => !taken.has(name.toLowerCase()));
}

/** The revision to compare with when asking "what changed since the one before?". */
export function previousRevision(revisions: readonly RevisionView[], revision: RevisionView): RevisionView | undefined {
  const candidates = revision.kind === 'named' ? namedRevisions(revisions) : revisions;
  const index = candidates.findIndex((candidate) => candidate.id === revision.id);
  return index < 0 ? undefined : candidates[index + 1];
}
