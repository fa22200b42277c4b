import { describe, expect, it } from 'vitest';
import { letterFor, numberBlocks } from '../../shared/document/numbering.js';

describe('paragraph numbering', () => {
  it('numbers operative paragraphs 1., 2., … and leaves others unnumbered', () => {
    expect(numberBlocks(['title', 'heading', 'preambular', 'operative', 'operative', 'heading', 'operative'])).toEqual([
      null, null, null, '1.', '2.', null, '3.',
    ]);
  });

  it('letters sub-items (a), (b) and restarts them under each operative paragraph', () => {
    expect(numberBlocks(['operative', 'subparagraph', 'subparagraph', 'operative', 'subparagraph'])).toEqual([
      '1.', '(a)', '(b)', '2.', '(a)',
    ]);
  });

  it('renumbers everything after a paragraph inserted above', () => {
    const before = numberBlocks(['operative', 'operative', 'operative']);
    const after = numberBlocks(['operative', 'operative', 'operative', 'operative']);
    expect(before).toEqual(['1.', '2.', '3.']);
    expect(after).toEqual(['1.', '2.', '3.', '4.']);
  });

  it('continues past (z) with doubled letters as UN texts do', () => {
    expect(letterFor(0)).toBe('a');
    expect(letterFor(25)).toBe('z');
    expect(letterFor(26)).toBe('aa');
    expect(letterFor(27)).toBe('bb');
  });
});
