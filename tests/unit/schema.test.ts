import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { outcomeSchema } from '../../shared/document/extensions.js';
import { markdownToDocument } from '../../shared/document/markdown.js';
import { readBlocks, readTitle } from '../../shared/document/read-blocks.js';
import { isParagraphId } from '../../shared/document/paragraph-id.js';

const schema = outcomeSchema();

function toYDoc(markdown: string): Y.Doc {
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(schema, markdownToDocument(markdown), doc.getXmlFragment('default'));
  return doc;
}

describe('the outcome document schema', () => {
  it('has exactly the node kinds of a UN text and the marks the toolbar offers', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(['doc', 'hardBreak', 'heading', 'operative', 'preambular', 'subparagraph', 'text', 'title']);
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'strike', 'underline']);
  });

  it('requires a title first and at least one block', () => {
    expect(() => schema.nodeFromJSON({ type: 'doc', content: [{ type: 'operative' }] }).check()).toThrow();
    expect(() => schema.nodeFromJSON({ type: 'doc', content: [{ type: 'title' }, { type: 'operative' }] }).check()).not.toThrow();
  });

  it('reads Markdown as title, sections, preambular, operative and sub-items', () => {
    const doc = toYDoc('# Outcome\n\n## Preamble\n\n*Recalling* the Summit,\n\n## Actions\n\n1. Decides to act;\n\n   - first point;\n   - second point;\n\n1. Requests a report.\n');
    const blocks = readBlocks(doc);
    expect(blocks.map((block) => [block.kind, block.number, block.text])).toEqual([
      ['title', null, 'Outcome'],
      ['heading', null, 'Preamble'],
      ['preambular', null, 'Recalling the Summit,'],
      ['heading', null, 'Actions'],
      ['operative', '1.', 'Decides to act;'],
      ['subparagraph', '(a)', 'first point;'],
      ['subparagraph', '(b)', 'second point;'],
      ['operative', '2.', 'Requests a report.'],
    ]);
    expect(readTitle(doc)).toBe('Outcome');
  });

  it('gives every block a distinct stable id and every paragraph the open status', () => {
    const blocks = readBlocks(toYDoc(readFileSync('fixtures/wsis20-chairs-summary.md', 'utf8')));
    expect(blocks.every((block) => isParagraphId(block.id))).toBe(true);
    expect(new Set(blocks.map((block) => block.id)).size).toBe(blocks.length);
    expect(blocks.filter((block) => block.kind === 'operative').every((block) => block.status === 'open')).toBe(true);
  });

  it('keeps italic and bold through the Yjs round trip, which drops unknown marks', () => {
    const doc = toYDoc('# T\n\n*Noting* the **clear** progress,\n');
    const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment('default'), schema);
    const preambular = node.child(1);
    expect(preambular.textContent).toBe('Noting the clear progress,');
    expect(preambular.child(0).marks.map((mark) => mark.type.name)).toEqual(['italic']);
    expect(preambular.child(2).marks.map((mark) => mark.type.name)).toEqual(['bold']);
  });

  it('makes the demo fixture a chair\'s summary of about forty paragraphs', () => {
    const blocks = readBlocks(toYDoc(readFileSync('fixtures/wsis20-chairs-summary.md', 'utf8')));
    const paragraphs = blocks.filter((block) => block.kind === 'preambular' || block.kind === 'operative');
    expect(paragraphs.length).toBeGreaterThanOrEqual(35);
    expect(blocks.filter((block) => block.kind === 'heading').length).toBeGreaterThanOrEqual(3);
    expect(blocks.some((block) => block.kind === 'subparagraph')).toBe(true);
  });
});
