/**
 * How people cite a paragraph of a UN text: "PP 12" for the twelfth preambular paragraph, "OP 7" for an
 * operative one, "OP 7 (b)" for a sub-item, a heading by its words. One function for cards, filters and exports.
 */
import type { BlockKind } from './kinds.js';
import { numberBlocks } from './numbering.js';

export type ParagraphCitation =
  | { kind: 'title' }
  | { kind: 'heading'; text: string }
  | { kind: 'preambular'; number: number }
  | { kind: 'operative'; number: string }
  /** `operative` is null for a sub-item with no operative paragraph above it in its section. */
  | { kind: 'subparagraph'; operative: string | null; letter: string };

/** The words a reader's language puts around the numbers. */
export interface CitationWords {
  title: string;
  heading: (text: string) => string;
  preambular: (number: string) => string;
  operative: (number: string) => string;
  subparagraph: (operative: string, letter: string) => string;
  looseSubItem: (letter: string) => string;
}

const HEADING_LENGTH = 48;

function shortHeading(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > HEADING_LENGTH ? `${flat.slice(0, HEADING_LENGTH - 1)}…` : flat;
}

/**
 * The citation of every block, in document order (preambular paragraphs counted from the start of the
 * text). A block's own `number` (a frozen numbering) wins over the live one.
 */
export function citeParagraphs(blocks: readonly { kind: BlockKind; text: string; number?: string | null }[]): ParagraphCitation[] {
  const numbers = numberBlocks(blocks.map((block) => block.kind));
  let preambular = 0;
  let operative: string | null = null;
  return blocks.map((block, index): ParagraphCitation => {
    const number = (block.number === undefined ? numbers[index] : block.number) ?? '';
    switch (block.kind) {
      case 'title':
        return { kind: 'title' };
      case 'heading':
        // Sub-items restart under a heading; so does the operative paragraph they belong to.
        operative = null;
        return { kind: 'heading', text: shortHeading(block.text) };
      case 'preambular':
        preambular += 1;
        return { kind: 'preambular', number: preambular };
      case 'operative':
        operative = number.replace(/\.$/, '');
        return { kind: 'operative', number: operative };
      case 'subparagraph':
        return { kind: 'subparagraph', operative, letter: number };
      default:
        return block.kind satisfies never;
    }
  });
}

export function citationText(citation: ParagraphCitation, words: CitationWords): string {
  switch (citation.kind) {
    case 'title':
      return words.title;
    case 'heading':
      return words.heading(citation.text);
    case 'preambular':
      return words.preambular(String(citation.number));
    case 'operative':
      return words.operative(citation.number);
    case 'subparagraph':
      return citation.operative === null ? words.looseSubItem(citation.letter) : words.subparagraph(citation.operative, citation.letter);
    default:
      return citation satisfies never;
  }
}

/** English short forms, as delegates say them; for tests and callers without a catalogue. */
export const ENGLISH_CITATION_WORDS: CitationWords = {
  title: 'Title',
  heading: (text) => (text ? `“${text}”` : 'Heading'),
  preambular: (number) => `PP ${number}`,
  operative: (number) => `OP ${number}`,
  subparagraph: (operative, letter) => `OP ${operative} ${letter}`,
  looseSubItem: (letter) => `Sub-item ${letter}`,
};
