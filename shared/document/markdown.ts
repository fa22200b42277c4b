/**
 * Turns Markdown into an outcome document: `#` the title, `##`/`###` section headings, plain paragraphs
 * preambular, ordered-list items operative, and bullets nested under an item its sub-items (a), (b).
 */
import { createRequire } from 'node:module';
import type { Token, Tokens } from 'marked';
import type { JSONContent } from '@tiptap/core';
import type { BlockKind } from './kinds.js';
import { newParagraphId } from './paragraph-id.js';

// Only creating a document parses Markdown, so the server loads marked then rather than at start. It is
// loaded synchronously (require of an ES module, Node 20.19 and later): creating a document is
// synchronous, and the demo seed runs it inside a SQLite transaction, which cannot wait for an import().
let lexer: typeof import('marked').Lexer | undefined;
function markedLexer(): typeof import('marked').Lexer {
  lexer ??= (createRequire(import.meta.url)('marked') as typeof import('marked')).Lexer;
  return lexer;
}

type Mark = { type: 'bold' | 'italic' | 'strike' };

function inlineContent(tokens: Token[] | undefined, marks: Mark[] = []): JSONContent[] {
  const content: JSONContent[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        content.push(...inlineContent((token as Tokens.Strong).tokens, [...marks, { type: 'bold' }]));
        break;
      case 'em':
        content.push(...inlineContent((token as Tokens.Em).tokens, [...marks, { type: 'italic' }]));
        break;
      case 'del':
        content.push(...inlineContent((token as Tokens.Del).tokens, [...marks, { type: 'strike' }]));
        break;
      case 'br':
        content.push({ type: 'hardBreak' });
        break;
      case 'link':
        content.push(...inlineContent((token as Tokens.Link).tokens, marks));
        break;
      default: {
        const text = 'text' in token && typeof token.text === 'string' ? decodeEntities(token.text) : token.raw;
        if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0 && token.type !== 'text') {
          content.push(...inlineContent(token.tokens, marks));
        } else if (text) {
          content.push(marks.length ? { type: 'text', text, marks: [...marks] } : { type: 'text', text });
        }
      }
    }
  }
  return mergeAdjacentText(content);
}

function mergeAdjacentText(content: JSONContent[]): JSONContent[] {
  const merged: JSONContent[] = [];
  for (const node of content) {
    const last = merged[merged.length - 1];
    if (last?.type === 'text' && node.type === 'text' && JSON.stringify(last.marks) === JSON.stringify(node.marks)) {
      last.text = (last.text ?? '') + (node.text ?? '');
    } else merged.push(node);
  }
  return merged.filter((node) => node.type !== 'text' || (node.text ?? '').length > 0);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function block(kind: BlockKind, tokens: Token[] | undefined): JSONContent {
  const attrs: Record<string, unknown> = { id: newParagraphId() };
  const content = inlineContent(tokens);
  return content.length ? { type: kind, attrs, content } : { type: kind, attrs };
}

/** Inline tokens of a list item's own text (its first paragraph), leaving nested lists aside. */
function itemTextTokens(item: Tokens.ListItem): Token[] {
  const own = item.tokens.filter((token) => token.type !== 'list' && token.type !== 'space');
  return own.flatMap((token) => ('tokens' in token && Array.isArray(token.tokens) ? token.tokens : [token]));
}

function listBlocks(list: Tokens.List, depth: number, out: JSONContent[]): void {
  for (const item of list.items) {
    const kind: BlockKind = depth > 0 || !list.ordered ? (depth > 0 ? 'subparagraph' : 'operative') : 'operative';
    out.push(block(kind, itemTextTokens(item)));
    for (const nested of item.tokens.filter((token): token is Tokens.List => token.type === 'list')) {
      listBlocks(nested, depth + 1, out);
    }
  }
}

export function markdownToDocument(markdown: string, fallbackTitle = 'Untitled outcome document'): JSONContent {
  const tokens = markedLexer().lex(markdown.replace(/\r\n?/g, '\n'));
  const blocks: JSONContent[] = [];
  let title: JSONContent | undefined;
  for (const token of tokens) {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      if (heading.depth === 1 && !title) title = block('title', heading.tokens);
      else blocks.push(block('heading', heading.tokens));
    } else if (token.type === 'paragraph') {
      blocks.push(block('preambular', (token as Tokens.Paragraph).tokens));
    } else if (token.type === 'list') {
      listBlocks(token as Tokens.List, 0, blocks);
    } else if (token.type === 'blockquote' || token.type === 'code' || token.type === 'html') {
      blocks.push(block('preambular', [{ type: 'text', raw: token.raw, text: ('text' in token ? String(token.text) : token.raw).trim() }]));
    }
  }
  if (!title) title = block('title', [{ type: 'text', raw: fallbackTitle, text: fallbackTitle }]);
  if (blocks.length === 0) blocks.push(block('operative', []));
  return { type: 'doc', content: [title, ...blocks] };
}
