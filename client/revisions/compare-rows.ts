/**
 * Lays out a comparison for reading: paragraphs that changed (text, kind, place or status) always
 * shown; runs of unchanged ones folded into one row unless asked for.
 */
import type { ComparedParagraph } from '../../shared/revisions/revision-schemas.js';

export type CompareRow =
  | { type: 'paragraph'; paragraph: ComparedParagraph; changeIndex: number | null }
  | { type: 'folded'; key: string; paragraphs: ComparedParagraph[] };

/** A paragraph the reader should stop at: "jump to next change" visits exactly these. */
export function isChange(paragraph: ComparedParagraph): boolean {
  return paragraph.change !== 'unchanged' || paragraph.moved || statusChanged(paragraph);
}

export function statusChanged(paragraph: ComparedParagraph): boolean {
  return paragraph.fromStatus !== null && paragraph.toStatus !== null && paragraph.fromStatus !== paragraph.toStatus;
}

export function kindChanged(paragraph: ComparedParagraph): boolean {
  return paragraph.previousKind !== null && paragraph.previousKind !== paragraph.kind && paragraph.change !== 'deleted';
}

/** Fewer unchanged paragraphs than this in a row are shown rather than folded. */
const MIN_FOLD = 2;

export function compareRows(paragraphs: readonly ComparedParagraph[], showUnchanged: boolean, unfolded: ReadonlySet<string>): CompareRow[] {
  const rows: CompareRow[] = [];
  let run: ComparedParagraph[] = [];
  let changeIndex = 0;
  const flush = () => {
    const first = run[0];
    if (!first) return;
    if (showUnchanged || run.length < MIN_FOLD || unfolded.has(first.id)) {
      for (const paragraph of run) rows.push({ type: 'paragraph', paragraph, changeIndex: null });
    } else {
      rows.push({ type: 'folded', key: first.id, paragraphs: run });
    }
    run = [];
  };
  for (const paragraph of paragraphs) {
    if (isChange(paragraph)) {
      flush();
      rows.push({ type: 'paragraph', paragraph, changeIndex: changeIndex++ });
    } else {
      run.push(paragraph);
    }
  }
  flush();
  return rows;
}

/** The ids of the changes, in reading order. */
export function changeIds(paragraphs: readonly ComparedParagraph[]): string[] {
  return paragraphs.filter(isChange).map((paragraph) => paragraph.id);
}

/** "2.–5." for a folded run, from the numbers it has (either side). */
export function numberRange(paragraphs: readonly ComparedParagraph[]): string | null {
  const numbers = paragraphs.map((paragraph) => paragraph.toNumber ?? paragraph.fromNumber).filter((value): value is string => value !== null);
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (!first || !last) return null;
  return first === last ? first : `${first}–${last}`;
}
