/**
 * The chair's paragraph statuses (open, bracketed, agreed) live on the server, not in the shared text:
 * loaded from /paragraphs, then kept current from the document's event stream. EventSource cannot send
 * the bearer token, so the stream is read with fetch.
 */
import { z } from 'zod';
import { paragraphStatusSchema, type ParagraphStatus } from '../../shared/document/kinds.js';
import type { ApiClient } from '../api/api-client';
import { listParagraphs } from '../api/documents-api';
import { createSseParser } from './sse-parser';

export type ParagraphStatuses = ReadonlyMap<string, ParagraphStatus>;

const statusEventSchema = z.object({ paragraphId: z.string(), status: paragraphStatusSchema });
const RETRY_MS = 5_000;

interface FeedOptions {
  api: ApiClient;
  token: string;
  documentId: string;
  onChange: (statuses: ParagraphStatuses) => void;
}

async function loadStatuses(api: ApiClient, documentId: string): Promise<Map<string, ParagraphStatus>> {
  const statuses = new Map<string, ParagraphStatus>();
  for (const paragraph of await listParagraphs(api, documentId)) {
    if (paragraph.id && paragraph.status && paragraph.status !== 'open') statuses.set(paragraph.id, paragraph.status);
  }
  return statuses;
}

async function readStream(response: Response, onEvent: (event: string, data: string) => void, signal: AbortSignal): Promise<void> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const feed = createSseParser(({ event, data }) => onEvent(event, data));
  while (!signal.aborted) {
    const { value, done } = await reader.read();
    if (done) return;
    feed(value);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Starts the feed; returns a function that stops it. */
export function watchParagraphStatuses({ api, token, documentId, onChange }: FeedOptions): () => void {
  const controller = new AbortController();
  let statuses = new Map<string, ParagraphStatus>();

  const onEvent = (event: string, data: string) => {
    if (event !== 'paragraph-status') return;
    const parsed = statusEventSchema.safeParse(parseJson(data));
    if (!parsed.success) return;
    statuses = new Map(statuses);
    if (parsed.data.status === 'open') statuses.delete(parsed.data.paragraphId);
    else statuses.set(parsed.data.paragraphId, parsed.data.status);
    onChange(statuses);
  };

  async function run(): Promise<void> {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch(`/api/documents/${encodeURIComponent(documentId)}/events`, {
          headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
          signal: controller.signal,
        });
        // Refused for good (signed out, revoked): the rest of the page says so; stop asking.
        if (response.status >= 400 && response.status < 500) return;
        // Loaded after the stream is open, so no change can fall between the two.
        statuses = await loadStatuses(api, documentId);
        onChange(statuses);
        await readStream(response, onEvent, controller.signal);
      } catch {
        // Offline or the server restarted: try again shortly.
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }

  void run();
  return () => controller.abort();
}
