/**
 * Word numbering for the DOCX export: operative paragraphs "1.", "2.", … and sub-items "(a)", "(b)", …
 * as the two levels of one list, so Word and LibreOffice renumber after Accept All or any edit.
 */
import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions } from 'docx';
import type { BlockKind } from '../document/kinds.js';
import { PAGE } from './docx-styles.js';

export const OPERATIVE_LIST = 'concord-operative';

/** The number hangs in the paragraph's indent with a tab after it, as the typed numbers did. */
const level = (index: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: index,
  format,
  text,
  alignment: AlignmentType.LEFT,
  start: 1,
  suffix: LevelSuffix.TAB,
  style: { paragraph: { indent: { left: (index + 1) * PAGE.hang, hanging: PAGE.hang } } },
});

// Word's lower-letter format goes on past (z) with (aa), (bb), … as `letterFor` does.
export const NUMBERING: INumberingOptions = {
  config: [{ reference: OPERATIVE_LIST, levels: [level(0, LevelFormat.DECIMAL, '%1.'), level(1, LevelFormat.LOWER_LETTER, '(%2)')] }],
};

/** The list level a block is numbered at, or none: preambular paragraphs, headings and the title are not numbered. */
export function numberingOf(kind: BlockKind): { reference: string; level: number } | undefined {
  if (kind === 'operative') return { reference: OPERATIVE_LIST, level: 0 };
  if (kind === 'subparagraph') return { reference: OPERATIVE_LIST, level: 1 };
  return undefined;
}
