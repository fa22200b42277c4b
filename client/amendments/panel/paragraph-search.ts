/** Finding a paragraph by how people cite it ("OP 7", "op7", "PP 12") or by its words, for the paragraph picker. */

export interface ParagraphOption {
  id: string;
  /** "OP 7 (b)", as the reader's language cites it. */
  label: string;
  /** The paragraph's text (searched, and shown shortened). */
  text: string;
}

/** Lower case, no accents, single spaces: "Égalité  des" and "egalite des" match. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const compact = (text: string) => text.replace(/[\s().]/g, '');

/**
 * The options matching a query, best first: a label equal to the query ("OP 7" before "OP 7 (a)" and
 * "OP 70"), then labels starting with it, then any whose label and text hold every word of it; document
 * order otherwise. An empty query matches everything.
 */
export function searchParagraphs<T extends ParagraphOption>(options: readonly T[], query: string): T[] {
  const wanted = normalise(query);
  if (!wanted) return [...options];
  const words = wanted.split(' ');
  const scored: Array<{ option: T; rank: number; at: number }> = [];
  options.forEach((option, at) => {
    const label = normalise(option.label);
    const rank = compact(label) === compact(wanted) ? 0 : compact(label).startsWith(compact(wanted)) ? 1 : 2;
    const haystack = `${label} ${compact(label)} ${normalise(option.text)}`;
    if (rank < 2 || words.every((word) => haystack.includes(word))) scored.push({ option, rank, at });
  });
  return scored.sort((a, b) => a.rank - b.rank || a.at - b.at).map((entry) => entry.option);
}
