/**
 * Word numbering for the DOCX export: operative paragraphs "1.", "2.", … and sub-items "(a)", "(b)", …
 * as the two levels of one list, so Word and LibreOffice renumber after Accept All or any edit.
 */
import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions } from 'docx';
import type { BlockKind } from '../document/kinds.js';
import { PAGE } from './docx-styles.js';

export const OPERATIVE_LIST = 'concord-operative';
/** Sub-items with no operative paragraph above them since the last heading, lettered from (a) as the editor does. */
export const LOOSE_SUB_ITEMS = 'concord-loose-sub-items';

/** The number hangs in the paragraph's indent (`depth` steps in) with a tab after it, as the typed numbers did. */
const level = (index: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, depth = index) => ({
  level: index,
  format,
  text,
  alignment: AlignmentType.LEFT,
  start: 1,
  suffix: LevelSuffix.TAB,
  style: { paragraph: { indent: { left: (depth + 1) * PAGE.hang, hanging: PAGE.hang } } },
});

// Word's lower-letter format goes on past (z) with (aa), (bb), … as `letterFor` does.
export const NUMBERING: INumberingOptions = {
  config: [
    { reference: OPERATIVE_LIST, levels: [level(0, LevelFormat.DECIMAL, '%1.'), level(1, LevelFormat.LOWER_LETTER, '(%2)')] },
    { reference: LOOSE_SUB_ITEMS, levels: [level(0, LevelFormat.LOWER_LETTER, '(%1)', 1)] },
  ],
};

export interface BlockNumbering {
  reference: string;
  level: number;
  /** A list of its own, restarting at (a). */
  instance?: number;
}

/**
 * The list and level each block is numbered at, as `numberBlocks` numbers it: operative paragraphs on through
 * the document, sub-items under each from (a); a heading restarts the letters, which Word's levels do only
 * under a new operative paragraph, so sub-items after a heading and before the next operative paragraph are
 * a list of their own. Preambular paragraphs, headings and the title are not numbered.
 */
export function blockNumbering(kinds: readonly BlockKind[]): (BlockNumbering | undefined)[] {
  let underOperative = false;
  let looseLists = 0;
  let inLooseList = false;
  return kinds.map((kind) => {
    if (kind === 'operative') {
      underOperative = true;
      inLooseList = false;
      return { reference: OPERATIVE_LIST, level: 0 };
    }
    if (kind === 'heading') {
      underOperative = false;
      inLooseList = false;
    }
    if (kind !== 'subparagraph') return undefined;
    if (underOperative) return { reference: OPERATIVE_LIST, level: 1 };
    if (!inLooseList) looseLists += 1;
    inLooseList = true;
    return { reference: LOOSE_SUB_ITEMS, level: 0, instance: looseLists };
  });
}
