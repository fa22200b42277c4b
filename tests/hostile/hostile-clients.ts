/** Building blocks for the hostile-input tests: stock clients that write what a forged client would. */
import * as Y from 'yjs';
import { FRAGMENT_NAME } from '../../shared/document/kinds.js';
import { newParagraphId } from '../../shared/document/paragraph-id.js';
import { connectClient, synced, waitFor, type TestClient } from '../support/collab-client.js';

export async function syncedClient(wsUrl: string, documentId: string, token: string): Promise<TestClient> {
  const client = connectClient(wsUrl, documentId, token);
  await synced(client);
  return client;
}

/** Waits for the server to close the client's socket and returns the first close. */
export async function refusal(client: TestClient): Promise<{ code: number; reason: string }> {
  await waitFor(() => client.closes.length > 0, 'the server to close the connection', 60_000);
  return client.closes[0] as { code: number; reason: string };
}

export function fragmentOf(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(FRAGMENT_NAME);
}

/** An operative paragraph element with a well-formed id and the given text. */
export function operative(text: string, id = newParagraphId()): Y.XmlElement {
  const element = new Y.XmlElement('operative');
  element.setAttribute('id', id);
  if (text) {
    const xmlText = new Y.XmlText();
    xmlText.insert(0, text);
    element.insert(0, [xmlText]);
  }
  return element;
}

/** Appends `count` paragraphs at the end of the document in one transaction (one update). */
export function appendParagraphs(doc: Y.Doc, count: number, text: (index: number) => string = () => ''): void {
  const blocks: Y.XmlElement[] = [];
  for (let i = 0; i < count; i++) blocks.push(operative(text(i)));
  const fragment = fragmentOf(doc);
  doc.transact(() => fragment.insert(fragment.length, blocks));
}

/** GET /healthz, failing if it takes longer than a generous budget (a stalled server misses it by minutes). */
export async function healthy(baseUrl: string, budgetMs = 15_000): Promise<boolean> {
  const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(budgetMs) });
  return response.ok;
}
