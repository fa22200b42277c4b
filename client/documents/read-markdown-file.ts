/** Reads an uploaded Markdown file as text, refusing files larger than the server accepts. */
import { MAX_MARKDOWN_BYTES } from '../../shared/api/documents.js';

export type MarkdownFileResult = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'unreadable' };

export async function readMarkdownFile(file: File): Promise<MarkdownFileResult> {
  if (file.size > MAX_MARKDOWN_BYTES) return { ok: false, reason: 'too-large' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

export const MAX_MARKDOWN_MEGABYTES = Math.round(MAX_MARKDOWN_BYTES / (1024 * 1024));
