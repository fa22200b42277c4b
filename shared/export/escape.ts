/** Escaping user-written text for each format, so nothing anyone typed becomes markup. */

// Characters XML 1.0 forbids (C0 controls but tab and newline, lone surrogates, U+FFFE/U+FFFF): dropped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's whole purpose.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any control character or surrogate at all: the common text has none and skips the slower exact pattern. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above, it looks for control characters on purpose.
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function stripInvalidXmlChars(text: string): string {
  return SUSPECT.test(text) ? text.replace(XML_INVALID, '') : text;
}

const MARKUP_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values for HTML and XML alike. */
export function escapeMarkup(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (char) => MARKUP_ENTITIES[char] ?? char);
}

/** Characters that start inline Markdown anywhere (emphasis, code, links, raw HTML, entities, strikethrough, tables). */
const MARKDOWN_INLINE = /[\\`*_[\]<>&~|]/g;

/**
 * One line of user text for Markdown: inline syntax escaped everywhere, block syntax escaped when it
 * would start the line (headings, lists, quotes, setext underlines); leading spaces dropped so no
 * line turns into a code block.
 */
export function escapeMarkdownLine(line: string, atLineStart: boolean): string {
  const escaped = stripInvalidXmlChars(line).replace(MARKDOWN_INLINE, (char) => `\\${char}`);
  if (!atLineStart) return escaped;
  const trimmed = escaped.replace(/^[ \t]+/, '');
  if (/^[#+\-=]/.test(trimmed)) return `\\${trimmed}`;
  return trimmed.replace(/^(\d+)([.)])/, '$1\\$2');
}
