/**
 * The hostile input on amendments: one revised many times (each wording as long as allowed), then one
 * more change, with event streams open that every change is sent to.
 */
import { HOST } from '../../servers/managed-server.js';
import { sleep } from '../../load/until.js';
import { ConcordHttp } from '../concord-http.js';
import { n, newDocument, type HostileInput } from './hostile-input.js';

const KB = 1024;
const EVENT_STREAMS = 4;
const WORDING_CHARS = 10_000;
const RATIONALE_CHARS = 4_000;

/** An open `GET …/events` stream, counting the bytes of each amendment event it receives. */
class EventStream {
  private readonly abort = new AbortController();
  private pending = '';
  /** Bytes of the amendment events received so far, one entry each. */
  readonly amendmentEvents: number[] = [];

  static async open(port: number, documentId: string, token: string): Promise<EventStream> {
    const stream = new EventStream();
    const response = await fetch(`http://${HOST}:${port}/api/documents/${documentId}/events`, {
      headers: { authorization: `Bearer ${token}` },
      signal: stream.abort.signal,
    });
    if (!response.ok || !response.body) throw new Error(`event stream answered ${response.status}`);
    const decoder = new TextDecoder();
    void response.body
      .pipeTo(new WritableStream({ write: (chunk: Uint8Array) => stream.read(decoder.decode(chunk, { stream: true })) }))
      .catch(() => undefined);
    return stream;
  }

  close(): void {
    this.abort.abort();
  }

  private read(text: string): void {
    this.pending += text;
    for (let end = this.pending.indexOf('\n\n'); end >= 0; end = this.pending.indexOf('\n\n')) {
      const frame = this.pending.slice(0, end);
      this.pending = this.pending.slice(end + 2);
      if (frame.startsWith('event: amendment')) this.amendmentEvents.push(new TextEncoder().encode(frame).byteLength);
    }
  }
}

const wording = (revision: number, chars: number) => `Wording ${revision}: ${'the participants welcome '.repeat(chars / 25)}`.slice(0, chars);

export function revisedAmendmentInput(sizes: { revisions: number }): HostileInput {
  return {
    key: 'revised',
    label: `an amendment revised ${n(sizes.revisions)} times, then one more change`,
    metrics: [
      { key: 'revised_answerMs', label: 'revised amendment: answer ms', better: 'lower', digits: 0 },
      { key: 'revised_eventKB', label: 'revised amendment: KB of the event each stream receives', better: 'lower', digits: 0 },
    ],
    async prepare(context) {
      const documentId = await newDocument(context, { title: 'Hostile: a much revised amendment', fixture: 'wsis20-chairs-summary' });
      const base = `/api/documents/${documentId}`;
      const delegateToken = await context.server.invite(documentId, 'Hostile delegate', 'stakeholder');
      const delegate = new ConcordHttp(context.server.port, delegateToken);
      const paragraphs = (await delegate.call<{ paragraphs: Array<{ id: string; kind: string }> }>('GET', `${base}/paragraphs`)).body.paragraphs;
      const target = paragraphs.find((p) => p.kind === 'operative');
      if (!target) throw new Error('no operative paragraph to amend');
      const proposed = await delegate.call<{ amendment: { id: string } }>('POST', `${base}/amendments`, {
        paragraphId: target.id, from: 0, to: 0, expected: '', proposed: wording(0, WORDING_CHARS), rationale: 'x'.repeat(RATIONALE_CHARS),
      });
      const path = `${base}/amendments/${proposed.body.amendment.id}`;
      for (let revision = 1; revision <= context.sizes.revisions; revision++) {
        await delegate.call('PATCH', path, { proposed: wording(revision, WORDING_CHARS), rationale: `${revision} ${'y'.repeat(RATIONALE_CHARS - 8)}` });
      }
      const readers = await Promise.all(Array.from({ length: EVENT_STREAMS }, (_, i) => context.server.invite(documentId, `Stream reader ${i}`, 'observer')));
      const streams = await Promise.all(readers.map((token) => EventStream.open(context.server.port, documentId, token)));
      return async () => {
        const answer = await delegate.call('PATCH', path, { proposed: wording(context.sizes.revisions + 1, WORDING_CHARS) });
        const deadline = Date.now() + context.budgetMs;
        while (streams.some((stream) => stream.amendmentEvents.length === 0) && Date.now() < deadline) await sleep(10);
        for (const stream of streams) stream.close();
        const sizes = streams.map((stream) => stream.amendmentEvents[0] ?? 0);
        return { refused: null, figures: { revised_answerMs: answer.ms, revised_eventKB: Math.max(...sizes) / KB } };
      };
    },
  };
}
