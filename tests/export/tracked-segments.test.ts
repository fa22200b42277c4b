import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { outcomeSchema } from '../../shared/document/extensions.js';
import { markdownToDocument } from '../../shared/document/markdown.js';
import { readBlocks } from '../../shared/document/read-blocks.js';
import { escapeMarkdownLine, escapeMarkup, stripInvalidXmlChars } from '../../shared/export/escape.js';
import type { InlineRun } from '../../shared/export/export-model.js';
import { exportFileName, slugify } from '../../shared/export/file-name.js';
import { markdownInline } from '../../shared/export/markdown-inline.js';
import { readRichBlocks } from '../../shared/export/read-rich-blocks.js';
import { trackSegments, type TrackableAmendment } from '../../shared/export/tracked-segments.js';

const runs: InlineRun[] = [
  { text: 'Recalling', marks: ['italic'] },
  { text: ' the Summit of 2003,', marks: [] },
];
const text = runs.map((run) => run.text).join('');

function amendment(id: string, expected: string, proposed: string, groupId = 'civil-society', at = text.indexOf(expected)): TrackableAmendment {
  return { id, groupId, from: at, to: at + expected.length, expected, proposed };
}

describe('tracked segments of a paragraph', () => {
  it('shows a replacement as a deletion then an insertion of its group, keeping the formatting around it', () => {
    const tracked = trackSegments(runs, [amendment('a1', 'the Summit', 'the World Summit')]);
    expect(tracked.segments).toEqual([
      { type: 'same', text: 'Recalling', marks: ['italic'], amendmentId: null, groupId: null },
      { type: 'same', text: ' ', marks: [], amendmentId: null, groupId: null },
      { type: 'deleted', text: 'the Summit', marks: [], amendmentId: 'a1', groupId: 'civil-society' },
      { type: 'inserted', text: 'the World Summit', marks: [], amendmentId: 'a1', groupId: 'civil-society' },
      { type: 'same', text: ' of 2003,', marks: [], amendmentId: null, groupId: null },
    ]);
    expect(tracked.inline).toEqual(['a1']);
  });

  it('keeps the marks of deleted text that spans two runs', () => {
    const tracked = trackSegments(runs, [amendment('a1', 'Recalling the', '', 'academia')]);
    expect(tracked.segments.filter((segment) => segment.type === 'deleted')).toEqual([
      { type: 'deleted', text: 'Recalling', marks: ['italic'], amendmentId: 'a1', groupId: 'academia' },
      { type: 'deleted', text: ' the', marks: [], amendmentId: 'a1', groupId: 'academia' },
    ]);
  });

  it('shows the first of overlapping amendments inline and leaves the others to be listed', () => {
    const first = amendment('first', 'the Summit', 'the World Summit');
    const second = amendment('second', 'Summit of 2003', 'Summit of 2005', 'academia');
    const inside = { ...amendment('inside', '', 'great ', 'governments'), from: text.indexOf('Summit'), to: text.indexOf('Summit') };
    const tracked = trackSegments(runs, [first, second, inside]);
    expect(tracked.inline).toEqual(['first']);
    expect(tracked.leftOut).toEqual([{ id: 'second', reason: 'overlap' }, { id: 'inside', reason: 'overlap' }]);
  });

  it('shows two insertions at one place in the order they were proposed, and one at the edge of a replacement', () => {
    const at = text.indexOf('2003');
    const one = { ...amendment('one', '', 'July ', 'governments'), from: at, to: at };
    const two = { ...amendment('two', '', '11 ', 'academia'), from: at, to: at };
    const edge = amendment('edge', '2003', '2005');
    const tracked = trackSegments(runs, [one, two, edge]);
    expect(tracked.inline).toEqual(['one', 'two', 'edge']);
    expect(tracked.segments.map((segment) => `${segment.type}:${segment.text}`)).toEqual([
      'same:Recalling', 'same: the Summit of ', 'inserted:July ', 'inserted:11 ', 'deleted:2003', 'inserted:2005', 'same:,',
    ]);
  });

  it('leaves out an amendment whose expected text is no longer at its offsets, or that has none', () => {
    const moved = { ...amendment('moved', 'the Summit', 'x'), from: 0 };
    const unlocated = { ...amendment('unlocated', 'the Summit', 'x'), from: null, to: null };
    const tracked = trackSegments(runs, [moved, unlocated]);
    expect(tracked.leftOut).toEqual([{ id: 'moved', reason: 'not-found' }, { id: 'unlocated', reason: 'not-found' }]);
    expect(tracked.segments.map((segment) => segment.text).join('')).toBe(text);
  });
});

describe('reading formatted blocks from the Y doc', () => {
  it('gives runs that join to exactly the plain text readBlocks gives, hard breaks included', () => {
    const doc = new Y.Doc();
    const content = markdownToDocument('# T\n\n*Recalling* **bold _both_** ~~gone~~ x  \nline two\n\n1. Operative.\n');
    prosemirrorJSONToYXmlFragment(outcomeSchema(), content, doc.getXmlFragment('default'));
    const rich = readRichBlocks(doc);
    expect(rich.map((block) => block.runs.map((run) => run.text).join(''))).toEqual(readBlocks(doc).map((block) => block.text));
    expect(rich[1]?.runs).toEqual([
      { text: 'Recalling', marks: ['italic'] },
      { text: ' ', marks: [] },
      { text: 'bold ', marks: ['bold'] },
      { text: 'both', marks: ['bold', 'italic'] },
      { text: ' ', marks: [] },
      { text: 'gone', marks: ['strike'] },
      { text: ' x\nline two', marks: [] },
    ]);
  });
});

describe('escaping and file names', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeMarkup(`<script>alert("1")</script> & 'x'\u0001`)).toBe('&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; &#39;x&#39;');
    expect(stripInvalidXmlChars('a\uD83D\uDE00b\uD800c\uDC00d\u000Be\tf\ng')).toBe('a\uD83D\uDE00bcde\tf\ng');
  });

  it('escapes Markdown inline syntax everywhere and block syntax at the start of a line', () => {
    expect(escapeMarkdownLine('<b>*a*</b> & [x](y) ~~z~~ `c`', false)).toBe('\\<b\\>\\*a\\*\\</b\\> \\& \\[x\\](y) \\~\\~z\\~\\~ \\`c\\`');
    expect(escapeMarkdownLine('# title', true)).toBe('\\# title');
    expect(escapeMarkdownLine('- item', true)).toBe('\\- item');
    expect(escapeMarkdownLine('12. item', true)).toBe('12\\. item');
    expect(escapeMarkdownLine('    code', true)).toBe('code');
    expect(escapeMarkdownLine('# not at start', false)).toBe('# not at start');
  });

  it('keeps Markdown delimiters tight around the words and turns hard breaks into backslash breaks', () => {
    expect(markdownInline([
      { kind: 'text', text: 'bold ', marks: ['bold'], change: 'same' },
      { kind: 'text', text: 'gone', marks: [], change: 'deleted' },
      { kind: 'text', text: '\n- next', marks: [], change: 'same' },
    ])).toBe('**bold** ~~gone~~\\\n\\- next');
  });

  it('escapes block syntax after blanks dropped at the start of a line, whichever piece it is in', () => {
    expect(markdownInline([
      { kind: 'text', text: '  ', marks: [], change: 'deleted' },
      { kind: 'text', text: '# not a heading', marks: [], change: 'same' },
    ], { atLineStart: true })).toBe('\\# not a heading');
  });

  it('names files after document, revision and variant', () => {
    expect(slugify("Chair's summary of the WSIS+20 High-Level Event")).toBe('chairs-summary-of-the-wsis20-high-level-event');
    expect(slugify('Rev.1')).toBe('rev1');
    expect(slugify('Résumé — zéro')).toBe('resume-zero');
    expect(slugify('<>')).toBe('document');
    expect(exportFileName('chairs-summary-wsis20', 'rev1', 'tracked', 'docx')).toBe('chairs-summary-wsis20_rev1_tracked.docx');
    expect(exportFileName('chairs-summary-wsis20', 'live', 'clean', 'akn')).toBe('chairs-summary-wsis20_live_clean.akn.xml');
  });
});
