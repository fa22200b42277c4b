/**
 * The crash test: clients typing unique marked words while the server is SIGKILLed and restarted at
 * random moments. Every word any client received, and every amendment and decision acknowledged
 * with a 2xx, must survive. CRASH_CLIENTS and CRASH_RESTARTS scale it up for a soak run.
 *
 * Nothing here depends on the machine's speed: each kill comes at a random moment after the round's
 * first words went round, however long that takes, and the time allowed is a budget per restart for a
 * loaded, shared machine (a round takes 1–3 s on an idle one), not a speed claim.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { api } from '../support/api.js';
import { connectClient, waitFor, type TestClient } from '../support/collab-client.js';
import { demoTokens, freePort, spawnServer, type ServerProcess } from '../support/server-process.js';
import { tempDataDir } from '../support/test-server.js';
import type { Paragraph } from '../../shared/api/documents.js';

// What is proven is that no kill loses anything, whenever it comes; more kills only sample more moments.
const CLIENTS = Number(process.env.CRASH_CLIENTS ?? 12);
const RESTARTS = Number(process.env.CRASH_RESTARTS ?? 6);
const BUDGET_PER_RESTART_MS = 30_000;
/** Generous waits for conditions, for a machine busy with other work. */
const SYNC_BUDGET_MS = 60_000;
/** The test is about crashes, not rate limits: the limits are lifted so proposals keep coming. */
const UNLIMITED = { PROPOSALS_BURST: '1000000', WRITES_BURST: '1000000' };
const dataDir = tempDataDir('concord-crash-');
/** The server process running now, so a failed test does not leave it behind. */
let running: ServerProcess | null = null;
async function start(dir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  running = await spawnServer({ DATA_DIR: dir, ...UNLIMITED, ...env });
  return running;
}
afterAll(async () => {
  await running?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function invite(server: ServerProcess, chairToken: string, documentId: string, name: string): Promise<string> {
  const response = await api<{ token: string }>(server.url, 'POST', `/api/documents/${documentId}/participants`, {
    token: chairToken,
    body: { name, role: 'drafter', groupId: 'governments' },
  });
  expect(response.status).toBe(201);
  return response.body.token;
}

const wordsIn = (text: string) => new Set(text.match(/w\d+r\d+n\d+/g) ?? []);
const syncedWithin = (client: TestClient) => waitFor(() => client.provider.synced, 'the client to sync', SYNC_BUDGET_MS);
/** Words a writer holds that others typed: the server committed each before sending it. */
const othersWords = (writer: TestClient, index: number) => [...wordsIn(writer.text())].filter((word) => !word.startsWith(`w${index}r`));

describe('durability under SIGKILL', () => {
  it(`loses nothing received or acknowledged across ${RESTARTS} kills with ${CLIENTS} clients typing`, { timeout: 60_000 + RESTARTS * BUDGET_PER_RESTART_MS }, async () => {
    let server = await start(dataDir);
    const { documentId, tokens } = demoTokens(server.output());
    const chairToken = tokens.chair?.[0] as string;
    const writerTokens = [chairToken];
    for (let i = 1; i < CLIENTS; i++) writerTokens.push(await invite(server, chairToken, documentId, `Writer ${i}`));
    const delegateToken = tokens.stakeholder?.[0] as string;
    const operatives = (await api<{ paragraphs: Paragraph[] }>(server.url, 'GET', `/api/documents/${documentId}/paragraphs`, { token: chairToken })).body.paragraphs.filter((p) => p.kind === 'operative');

    const everReceived = new Set<string>();
    const acknowledged = new Map<string, string>();
    for (let round = 0; round < RESTARTS; round++) {
      const writers: TestClient[] = writerTokens.map((token) => connectClient(server.wsUrl, documentId, token));
      await Promise.all(writers.map(syncedWithin));
      let counter = 0;
      const typing = setInterval(() => {
        for (const [index, writer] of writers.entries()) writer.type(` w${index}r${round}n${counter}`, 5 + (index % 20));
        counter += 1;
      }, 10);
      // Proposals and decisions in flight while the server dies: only 2xx answers count as promised.
      let stop = false;
      const api2xx = (async () => {
        for (let i = 0; !stop; i++) {
          const target = operatives[(round + i) % operatives.length] as Paragraph;
          try {
            const proposed = await api<{ amendment: { id: string } }>(server.url, 'POST', `/api/documents/${documentId}/amendments`, {
              token: delegateToken,
              body: { paragraphId: target.id, from: 0, to: 0, expected: '', proposed: `R${round}-${i} `, rationale: 'crash test' },
            });
            if (proposed.status !== 201) continue;
            acknowledged.set(proposed.body.amendment.id, 'proposed');
            const decided = await api(server.url, 'POST', `/api/documents/${documentId}/amendments/${proposed.body.amendment.id}/decision`, {
              token: chairToken,
              body: { decision: 'reject', note: 'crash test' },
            });
            if (decided.status === 200) acknowledged.set(proposed.body.amendment.id, 'rejected');
          } catch {
            // The server died mid-request: nothing was promised.
          }
        }
      })();
      // Once words go round (and a first proposal was answered), at a random moment: on a busy machine
      // the first ones may take seconds.
      const going = () => acknowledged.size > 0 && writers.some((writer, index) => othersWords(writer, index).some((word) => word.includes(`r${round}n`)));
      await waitFor(going, 'words of this round to reach another client', SYNC_BUDGET_MS);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 450));
      await server.kill('SIGKILL');
      stop = true;
      clearInterval(typing);
      await api2xx;

      writers.forEach((writer, index) => {
        for (const word of othersWords(writer, index)) everReceived.add(word);
      });
      // Destroy the clients before restarting, so they cannot resend what the server lost.
      for (const writer of writers) writer.destroy();

      server = await start(dataDir);
      const reader = connectClient(server.wsUrl, documentId, tokens.observer?.[0] as string);
      await syncedWithin(reader);
      const stored = wordsIn(reader.text());
      reader.destroy();
      expect([...everReceived].filter((word) => !stored.has(word))).toEqual([]);
    }
    const listed = await api<{ amendments: Array<{ id: string; status: string }> }>(server.url, 'GET', `/api/documents/${documentId}/amendments`, { token: chairToken });
    const statusById = new Map(listed.body.amendments.map((a) => [a.id, a.status]));
    expect(everReceived.size).toBeGreaterThan(0);
    expect(acknowledged.size).toBeGreaterThan(0);
    // A decision whose answer was lost in the crash may or may not have committed; an acknowledged one must have.
    for (const [id, status] of acknowledged) {
      expect(statusById.get(id), `amendment ${id}`).toSatisfy((stored: string | undefined) => (status === 'rejected' ? stored === 'rejected' : stored === 'proposed' || stored === 'rejected'));
    }
    await server.kill('SIGTERM');
  });

  it('merges what a client typed while the server was down once it comes back', { timeout: 4 * SYNC_BUDGET_MS }, async () => {
    const offlineDir = tempDataDir('concord-offline-');
    const port = String(await freePort());
    let server = await start(offlineDir, { PORT: port });
    const { documentId, tokens } = demoTokens(server.output());
    const writer = connectClient(server.wsUrl, documentId, tokens.chair?.[0] as string);
    await syncedWithin(writer);
    await server.kill('SIGKILL');
    await waitFor(() => !writer.provider.wsconnected, 'the client to notice the server is gone', SYNC_BUDGET_MS);
    writer.type(' typed-while-offline', 5);
    server = await start(offlineDir, { PORT: port });
    await waitFor(() => writer.provider.wsconnected && writer.provider.synced, 'the client to reconnect', SYNC_BUDGET_MS);
    const reader = connectClient(server.wsUrl, documentId, tokens.observer?.[0] as string);
    await waitFor(() => reader.text().includes('typed-while-offline'), 'the offline edit to reach another client', SYNC_BUDGET_MS);
    writer.destroy();
    reader.destroy();
    await server.kill('SIGTERM');
    rmSync(offlineDir, { recursive: true, force: true });
  });
});
