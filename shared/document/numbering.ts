/**
 * Paragraph numbering, the one function every view and export uses: operative paragraphs 1., 2., …;
 * sub-items (a), (b), … restarting under each operative paragraph; others unnumbered.
 */
import type { BlockKind } from './kinds.js';

export function letterFor(index: number): string {
  // a..z, then aa, bb, … as UN texts do past (z)
  const letter = String.fromCharCode(97 + (index % 26));
  return letter.repeat(Math.floor(index / 26) + 1);
}

export function numberBlocks(kinds: readonly BlockKind[]): (string | null)[] {
  let operative = 0;
  let sub = 0;
  return kinds.map((kind) => {
    if (kind === 'operative') {
      operative += 1;
      sub = 0;
      return `${operative}.`;
    }
    if (kind === 'subparagraph') {
      const label = `(${letterFor(sub)})`;
      sub += 1;
      return label;
    }
    if (kind === 'heading') sub = 0;
    return null;
  });
}
