/** Builds and edits the Yjs content of a document with the shared schema. */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { outcomeSchema } from '../../shared/document/extensions.js';
import { FRAGMENT_NAME } from '../../shared/document/kinds.js';
import { markdownToDocument } from '../../shared/document/markdown.js';
import { newParagraphId } from '../../shared/document/paragraph-id.js';
import { badRequest } from '../http/errors.js';
import { PROJECT_ROOT } from '../project-root.js';

export const FIXTURES_DIR = resolve(PROJECT_ROOT, 'fixtures');

const schema = outcomeSchema();

export function readFixture(name: string): string {
  const file = resolve(FIXTURES_DIR, `${name}.md`);
  if (!/^[a-z0-9-]+$/.test(name) || !existsSync(file)) throw badRequest(`no fixture named "${name}"`);
  return readFileSync(file, 'utf8');
}

/** The initial Yjs state of a new document, checked against the schema before anything is stored. */
export function initialState(content: JSONContent): Uint8Array {
  schema.nodeFromJSON(content).check();
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(schema, content, doc.getXmlFragment(FRAGMENT_NAME));
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

export function contentFor(input: { title?: string; markdown?: string; fixture?: string }): JSONContent {
  const markdown = input.markdown ?? (input.fixture ? readFixture(input.fixture) : '');
  const content = markdownToDocument(markdown, input.title);
  if (input.title && content.content?.[0]) {
    content.content[0] = { ...content.content[0], content: [{ type: 'text', text: input.title }] };
  }
  return content;
}

/** Replaces the title block's text in the live document (one transaction). */
export function setTitleText(doc: Y.Doc, title: string): void {
  const fragment = doc.getXmlFragment(FRAGMENT_NAME);
  const first = fragment.get(0);
  if (first instanceof Y.XmlElement && first.nodeName === 'title') {
    first.delete(0, first.length);
    first.insert(0, [new Y.XmlText(title)]);
    return;
  }
  const titleElement = new Y.XmlElement('title');
  titleElement.setAttribute('id', newParagraphId());
  titleElement.insert(0, [new Y.XmlText(title)]);
  fragment.insert(0, [titleElement]);
}
