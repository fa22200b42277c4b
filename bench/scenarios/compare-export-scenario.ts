/**
 * Scenario 5, compare and export: a long text (100,000 words at full scale), Rev.1 cut, 10% of its
 * paragraphs then changed live; the time to compare Rev.1 with the live text and to export in every
 * format and variant. Only Concord has revisions and export; the other servers report n/a.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { distribution } from '../report/stats.js';
import type { ServerAdapter } from '../servers/server-adapter.js';
import { ConcordServer } from '../servers/concord-server.js';
import { ConcordHttp, timedMany } from './concord-http.js';
import type { Figures, MetricSpec, Scenario } from './scenario.js';

const FORMATS = ['docx', 'html', 'md', 'txt', 'json', 'akn'] as const;
const VARIANTS = ['clean', 'tracked', 'compilation'] as const;

function repeatsFor(scale: string): number {
  return scale === 'full' ? 54 : scale === 'quick' ? 11 : 2;
}

const exportMetrics: MetricSpec[] = FORMATS.flatMap((format) =>
  VARIANTS.map((variant) => ({ key: `export_${format}_${variant}_ms`, label: `export ${format} ${variant} ms`, better: 'lower' as const, digits: 0 })),
);

async function changeTenthOfParagraphs(serverUrl: string, documentId: string, token: string): Promise<number> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, documentId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  const blocks = doc.getXmlFragment('default').toArray().filter((node): node is Y.XmlElement => node instanceof Y.XmlElement);
  let changed = 0;
  doc.transact(() => {
    blocks.forEach((block, index) => {
      const text = block.get(0);
      if (index % 10 !== 5 || !(text instanceof Y.XmlText)) return;
      text.insert(0, 'As amended, ');
      changed += 1;
    });
  });
  // The server answers a sync step only after it has written what came before: one round trip settles it.
  await new Promise((resolve) => setTimeout(resolve, 500));
  provider.destroy();
  doc.destroy();
  return changed;
}

export const compareExportScenario: Scenario = {
  name: 'compare',
  title: 'Compare and export: a long text, 10% of paragraphs changed',
  metrics: [
    { key: 'words', label: 'words', better: 'none', digits: 0 },
    { key: 'paragraphsChanged', label: 'paragraphs changed', better: 'none', digits: 0 },
    { key: 'compareP50Ms', label: 'compare p50 ms', better: 'lower', headline: true, digits: 0 },
    { key: 'compareMaxMs', label: 'compare max ms', better: 'lower', digits: 0 },
    ...exportMetrics,
  ],

  async run(server: ServerAdapter, context) {
    if (!(server instanceof ConcordServer)) return { figures: {}, notes: ['no revisions or export in this server'] };
    const repeats = repeatsFor(context.options.scale);
    const fixture = readFileSync(join(context.options.concordRoot, 'fixtures/wsis20-chairs-summary.md'), 'utf8');
    const body = fixture.replace(/^# .*\n/, '');
    const markdown = `# Long outcome text\n${Array.from({ length: repeats }, () => body).join('\n')}`;
    await server.start({ PROPOSALS_BURST: '100000', PROPOSALS_PER_MINUTE: '100000' });
    const session = await server.createDocument('Compare bench', { writers: 0, readers: 0 });
    const token = session.owner.token ?? '';
    const chair = new ConcordHttp(server.port, token);
    const created = await chair.call<{ document: { id: string } }>('POST', '/api/documents', { markdown });
    const documentId = created.body.document.id;
    const base = `/api/documents/${documentId}`;
    const paragraphs = (await chair.call<{ paragraphs: Array<{ id: string; kind: string; text: string }> }>('GET', `${base}/paragraphs`)).body.paragraphs;
    const words = paragraphs.reduce((sum, p) => sum + p.text.split(/\s+/).filter(Boolean).length, 0);
    // Some open amendments, so the tracked and compilation variants have something to show.
    const operatives = paragraphs.filter((p) => p.kind === 'operative').slice(0, 100);
    for (const [i, paragraph] of operatives.entries()) {
      await chair.call('POST', `${base}/amendments`, { paragraphId: paragraph.id, from: 0, to: 0, expected: '', proposed: `[Option ${i}] `, rationale: 'bench' });
    }
    const revision = await chair.call<{ revision: { id: string } }>('POST', `${base}/revisions`, { name: 'Rev.1' });
    const changed = await changeTenthOfParagraphs(session.owner.serverUrl, documentId, token);
    const compareTimes = await timedMany(5, 1, () => chair.call('GET', `${base}/compare?from=${revision.body.revision.id}&to=live`));
    const figures: Figures = { words, paragraphsChanged: changed };
    const compare = distribution(compareTimes);
    figures.compareP50Ms = compare.median;
    figures.compareMaxMs = compare.max;
    for (const format of FORMATS) {
      for (const variant of VARIANTS) {
        const times = await timedMany(3, 1, () => chair.call('GET', `${base}/export?format=${format}&variant=${variant}`));
        figures[`export_${format}_${variant}_ms`] = distribution(times).median;
      }
    }
    await server.stop('graceful');
    return { figures, notes: [`target: compare and each export under 1,000 ms at 100,000 words (full scale); medians of 3–5 runs, the document already loaded`] };
  },
};
