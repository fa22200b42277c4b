import { describe, expect, it } from 'vitest';
import type { ComparedParagraph, RevisionView } from '../../shared/revisions/revision-schemas.js';
import { fileNameFromDisposition } from '../../client/export/download-export.js';
import { interpolate, type MessageParams } from '../../client/i18n/interpolate.js';
import { en, type MessageKey } from '../../client/i18n/messages.js';
import { changeIds, compareRows, numberRange } from '../../client/revisions/compare-rows.js';
import { readCompareSides } from '../../client/revisions/compare-location.js';
import { previousRevision, suggestRevisionNames } from '../../client/revisions/revision-names.js';
import { formatRemaining, fromLocalInputValue, toLocalInputValue } from '../../client/silence/silence-time.js';

const t = (key: MessageKey, params?: MessageParams) => interpolate(en[key], params);

function revision(id: string, kind: RevisionView['kind'], name = id): RevisionView {
  return { id, kind, name, createdAt: '2025-07-09T10:00:00.000Z', createdBy: null, contributors: [], restoredFrom: null, paragraphCount: 0, agreedCount: 0 };
}

function paragraph(id: string, change: ComparedParagraph['change'], number: string | null = null, extra: Partial<ComparedParagraph> = {}): ComparedParagraph {
  return {
    id, change, moved: false, kind: 'operative', previousKind: 'operative', fromNumber: number, toNumber: number, renumbered: false,
    fromStatus: 'open', toStatus: 'open', segments: [{ type: 'equal', text: id }], ...extra,
  };
}

describe('revision names', () => {
  it('suggests the zero draft first, then the next Rev. number, and always Final', () => {
    expect(suggestRevisionNames([])).toEqual(['Zero draft', 'Rev.1', 'Final']);
    expect(suggestRevisionNames(['Zero draft'])).toEqual(['Rev.1', 'Final']);
    expect(suggestRevisionNames(['Rev.2', 'Rev.1', 'Zero draft'])).toEqual(['Rev.3', 'Final']);
    expect(suggestRevisionNames(['Final', 'Rév.4'])).toEqual(['Rev.5']);
  });

  it('compares a named revision with the named one before it, skipping checkpoints', () => {
    const [r2, c1, r1] = [revision('r2', 'named'), revision('c1', 'checkpoint'), revision('r1', 'named')];
    const list = [r2, c1, r1];
    expect(previousRevision(list, r2)?.id).toBe('r1');
    expect(previousRevision(list, c1)?.id).toBe('r1');
    expect(previousRevision(list, r1)).toBeUndefined();
  });
});

describe('laying out a comparison', () => {
  const paragraphs = [
    paragraph('a', 'unchanged', '1.'),
    paragraph('b', 'unchanged', '2.'),
    paragraph('c', 'changed', '3.'),
    paragraph('d', 'unchanged', '4.'),
    paragraph('e', 'unchanged', '5.', { fromStatus: 'open', toStatus: 'agreed' }),
    paragraph('f', 'unchanged', '6.', { moved: true }),
    paragraph('g', 'unchanged', '7.'),
    paragraph('h', 'unchanged', '8.'),
    paragraph('i', 'unchanged', '9.'),
  ];

  it('folds runs of unchanged paragraphs but never a change, a move or a status change', () => {
    const rows = compareRows(paragraphs, false, new Set());
    expect(rows.map((row) => (row.type === 'folded' ? `fold:${row.paragraphs.map((p) => p.id).join('')}` : row.paragraph.id))).toEqual([
      'fold:ab', 'c', 'd', 'e', 'f', 'fold:ghi',
    ]);
    expect(changeIds(paragraphs)).toEqual(['c', 'e', 'f']);
  });

  it('shows a folded run once it is opened, or everything when asked', () => {
    expect(compareRows(paragraphs, false, new Set(['g'])).filter((row) => row.type === 'folded')).toHaveLength(1);
    expect(compareRows(paragraphs, true, new Set()).every((row) => row.type === 'paragraph')).toBe(true);
    expect(numberRange(paragraphs.slice(6))).toBe('7.–9.');
  });
});

describe('silence times', () => {
  it('counts down in days, then hours, then minutes and seconds', () => {
    expect(formatRemaining(t, ((2 * 24 + 3) * 60 + 5) * 60_000)).toBe('2 d 3 h 05 min left');
    expect(formatRemaining(t, (3 * 60 + 12) * 60_000 + 999)).toBe('3 h 12 min left');
    expect(formatRemaining(t, 4 * 60_000 + 9_000)).toBe('4 min 09 s left');
    expect(formatRemaining(t, 0)).toBeNull();
  });

  it('reads a datetime-local value as the viewer\'s local time, and writes one back', () => {
    const date = new Date(2025, 6, 11, 18, 30);
    expect(toLocalInputValue(date)).toBe('2025-07-11T18:30');
    expect(fromLocalInputValue('2025-07-11T18:30')?.getTime()).toBe(date.getTime());
    expect(fromLocalInputValue('2025-07-11')).toBeNull();
  });
});

describe('the addresses and names the client reads', () => {
  it('takes the file name from Content-Disposition, preferring filename*', () => {
    expect(fileNameFromDisposition('attachment; filename="summit_rev1_clean.docx"')).toBe('summit_rev1_clean.docx');
    expect(fileNameFromDisposition("attachment; filename=\"a.md\"; filename*=UTF-8''r%C3%A9sum%C3%A9.md")).toBe('résumé.md');
    expect(fileNameFromDisposition('attachment; filename=plain.txt')).toBe('plain.txt');
    expect(fileNameFromDisposition(null)).toBeNull();
  });

  it('reads the sides of a comparison from the address, the live text by default', () => {
    expect(readCompareSides('?compare=rev_1&to=rev_2')).toEqual({ from: 'rev_1', to: 'rev_2' });
    expect(readCompareSides('?compare=rev_1')).toEqual({ from: 'rev_1', to: 'live' });
    expect(readCompareSides('')).toBeNull();
  });
});
