/** A real y-websocket client (WebsocketProvider over `ws`) for protocol tests. */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import { FRAGMENT_NAME } from '../../shared/document/kinds.js';
import { readBlocks } from '../../shared/document/read-blocks.js';

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closes: Array<{ code: number; reason: string }>;
  text: () => string;
  /** Appends text to the operative paragraph at `blockIndex` (or the last block). */
  type: (text: string, blockIndex?: number) => void;
  destroy: () => void;
}

export function connectClient(wsUrl: string, documentId: string, token: string, options: { doc?: Y.Doc; connect?: boolean } = {}): TestClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, documentId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: options.connect ?? true,
    maxBackoffTime: 200,
  });
  const closes: Array<{ code: number; reason: string }> = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: String(event.reason) });
  });
  const fragment = doc.getXmlFragment(FRAGMENT_NAME);
  return {
    doc,
    provider,
    closes,
    text: () => readBlocks(doc).map((block) => block.text).join('\n'),
    type: (text, blockIndex) => {
      const elements = fragment.toArray().filter((node): node is Y.XmlElement => node instanceof Y.XmlElement);
      const target = elements[blockIndex ?? elements.length - 1];
      if (!target) throw new Error('no block to type into');
      let xmlText = target.get(0);
      if (!(xmlText instanceof Y.XmlText)) {
        xmlText = new Y.XmlText();
        target.insert(0, [xmlText]);
      }
      (xmlText as Y.XmlText).insert((xmlText as Y.XmlText).length, text);
    },
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function synced(client: TestClient): Promise<void> {
  await waitFor(() => client.provider.synced, 'the client to sync');
}
