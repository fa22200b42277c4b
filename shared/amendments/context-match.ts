/**
 * Finding an amendment's quoted text again when its anchor is lost (a paragraph split, joined or
 * retyped): the quote must be intact and at least one side of its context too, and the match unique.
 */
export const CONTEXT_LENGTH = 32;

export function contextAround(text: string, from: number, to: number): { before: string; after: string } {
  return { before: text.slice(Math.max(0, from - CONTEXT_LENGTH), from), after: text.slice(to, to + CONTEXT_LENGTH) };
}

export interface QuoteMatch {
  candidate: number;
  from: number;
}

function sideMatches(text: string, from: number, to: number, before: string, after: string): { before: boolean; after: boolean } {
  // Context cut short by the start or end of a paragraph still counts as intact on that side.
  const beforeHere = text.slice(Math.max(0, from - before.length), from);
  const afterHere = text.slice(to, to + after.length);
  // No context on a side means the quote touched the paragraph's edge there: it must still.
  if (before.length === 0 || after.length === 0) {
    return {
      before: before.length === 0 ? from === 0 : beforeHere === before,
      after: after.length === 0 ? to === text.length : afterHere === after,
    };
  }
  return {
    before: beforeHere === before || (before.endsWith(beforeHere) && from - beforeHere.length === 0 && beforeHere.length > 0),
    after: afterHere === after || (after.startsWith(afterHere) && to + afterHere.length === text.length && afterHere.length > 0),
  };
}

/**
 * Looks for `quote` with its context in the candidate texts. Returns the single best place, or
 * 'ambiguous' / 'missing'.
 */
export function findQuote(
  candidates: readonly string[],
  quote: string,
  before: string,
  after: string,
): QuoteMatch | 'ambiguous' | 'missing' {
  const found: Array<QuoteMatch & { score: number }> = [];
  candidates.forEach((text, candidate) => {
    if (quote.length === 0) {
      // An insertion point is known only by its context: both sides must be there, joined.
      if (before.length + after.length === 0) return;
      let at = text.indexOf(before + after);
      while (at !== -1) {
        found.push({ candidate, from: at + before.length, score: 2 });
        at = text.indexOf(before + after, at + 1);
      }
      return;
    }
    let at = text.indexOf(quote);
    while (at !== -1) {
      const sides = sideMatches(text, at, at + quote.length, before, after);
      const score = (sides.before ? 1 : 0) + (sides.after ? 1 : 0);
      if (score > 0 || (before.length === 0 && after.length === 0)) found.push({ candidate, from: at, score });
      at = text.indexOf(quote, at + 1);
    }
  });
  if (found.length === 0) return 'missing';
  const best = Math.max(...found.map((match) => match.score));
  const top = found.filter((match) => match.score === best);
  if (top.length > 1) return 'ambiguous';
  const [match] = top;
  return match ? { candidate: match.candidate, from: match.from } : 'missing';
}
