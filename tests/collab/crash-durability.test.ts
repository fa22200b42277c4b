import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { connectClient, synced, waitFor, type TestClient } from '../support/collab-client.js';
import { demoTokens, freePort, spawnServer, type ServerProcess } from '../support/server-process.js';
import { tempDataDir } from '../support/test-server.js';

const WRITERS = 4;
const ROUNDS = 3;
const dataDir = tempDataDir('concord-crash-');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function invite(server: ServerProcess, chairToken: string, documentId: string, name: string): Promise<string> {
  const response = await fetch(`${server.url}/api/documents/${documentId}/participants`, {
    method: 'POST',
    headers: { authorization: `Bearer ${chairToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name, role: 'drafter', groupId: 'governments' }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

function wordsIn(text: string): Set<string> {
  return new Set(text.match(/w\d+r\d+n\d+/g) ?? []);
}

describe('durability under SIGKILL', () => {
  it('loses nothing any client received when the server is killed while several people type', async () => {
    let server = await spawnServer({ DATA_DIR: dataDir });
    const { documentId, tokens } = demoTokens(server.output());
    const chairToken = tokens.chair?.[0];
    expect(chairToken).toBeDefined();
    const writerTokens = [chairToken as string];
    for (let i = 1; i < WRITERS; i++) writerTokens.push(await invite(server, chairToken as string, documentId, `Writer ${i}`));
    const observerToken = tokens.observer?.[0] as string;

    const everReceived = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const writers: TestClient[] = writerTokens.map((token) => connectClient(server.wsUrl, documentId, token));
      const observer = connectClient(server.wsUrl, documentId, observerToken);
      await Promise.all([...writers, observer].map(synced));

      let counter = 0;
      const typing = setInterval(() => {
        writers.forEach((writer, index) => writer.type(` w${index}r${round}n${counter}`, 5 + index));
        counter += 1;
      }, 5);
      await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 600));
      await server.kill('SIGKILL');
      clearInterval(typing);

      // What each client received from others is what the server had broadcast: it must be on disk.
      writers.forEach((writer, index) => {
        for (const word of wordsIn(writer.text())) if (!word.startsWith(`w${index}r`)) everReceived.add(word);
      });
      for (const word of wordsIn(observer.text())) everReceived.add(word);
      // Destroy the clients before restarting, so they cannot resend what the server lost.
      for (const created of [...writers, observer]) created.destroy();

      server = await spawnServer({ DATA_DIR: dataDir });
      const reader = connectClient(server.wsUrl, documentId, observerToken);
      await synced(reader);
      const stored = wordsIn(reader.text());
      const missing = [...everReceived].filter((word) => !stored.has(word));
      reader.destroy();
      expect(everReceived.size).toBeGreaterThan(0);
      expect(missing).toEqual([]);
    }
    await server.kill('SIGTERM');
  });

  it('merges what a client typed while the server was down once it comes back', async () => {
    const offlineDir = tempDataDir('concord-offline-');
    const port = String(await freePort());
    let server = await spawnServer({ DATA_DIR: offlineDir, PORT: port });
    const { documentId, tokens } = demoTokens(server.output());
    const writer = connectClient(server.wsUrl, documentId, tokens.chair?.[0] as string);
    await synced(writer);
    await server.kill('SIGKILL');
    await waitFor(() => !writer.provider.wsconnected, 'the client to notice the server is gone');
    writer.type(' typed-while-offline', 5);
    server = await spawnServer({ DATA_DIR: offlineDir, PORT: port });
    await waitFor(() => writer.provider.wsconnected && writer.provider.synced, 'the client to reconnect');
    const reader = connectClient(server.wsUrl, documentId, tokens.observer?.[0] as string);
    await waitFor(() => reader.text().includes('typed-while-offline'), 'the offline edit to reach another client');
    writer.destroy();
    reader.destroy();
    await server.kill('SIGTERM');
    rmSync(offlineDir, { recursive: true, force: true });
  });
});
