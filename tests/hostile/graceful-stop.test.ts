/**
 * Stopping the real server process with SIGTERM while clients type: it exits on its own, and every
 * word another client received is on disk when it comes back.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import type { ChildProcess } from 'node:child_process';
import { api } from '../support/api.js';
import { connectClient, synced, waitFor, type TestClient } from '../support/collab-client.js';
import { demoTokens, spawnServer, type ServerProcess } from '../support/server-process.js';
import { tempDataDir } from '../support/test-server.js';

/**
 * A budget for a loaded, shared machine, not a speed claim: the server's own deadline is
 * SHUTDOWN_TIMEOUT_MS (5 s by default), and a clean stop takes a fraction of that.
 */
const EXIT_BUDGET_MS = 20_000;

const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve({ code: child.exitCode, signal: child.signalCode });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not exit within ${EXIT_BUDGET_MS} ms of SIGTERM`));
    }, EXIT_BUDGET_MS);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

const wordsIn = (text: string) => new Set(text.match(/g\d+n\d+/g) ?? []);

/** Drafters typing unique words into their own paragraphs every 10 ms. */
async function typists(server: ServerProcess, documentId: string, tokens: string[]) {
  const writers: TestClient[] = tokens.map((token) => connectClient(server.wsUrl, documentId, token));
  await Promise.all(writers.map(synced));
  let counter = 0;
  const timer = setInterval(() => {
    for (const [index, writer] of writers.entries()) writer.type(` g${index}n${counter}`, 5 + index);
    counter += 1;
  }, 10);
  /** Words each writer received from the others: the server committed them before sending them. */
  const received = () => {
    const words = new Set<string>();
    writers.forEach((writer, index) => {
      for (const word of wordsIn(writer.text())) if (!word.startsWith(`g${index}n`)) words.add(word);
    });
    return words;
  };
  const stop = () => {
    clearInterval(timer);
    for (const writer of writers) writer.destroy();
  };
  return { received, stop };
}

async function startWithWriters(env: Record<string, string>, writerCount: number) {
  const dataDir = tempDataDir('concord-stop-');
  dataDirs.push(dataDir);
  const server = await spawnServer({ DATA_DIR: dataDir, ...env });
  const { documentId, tokens } = demoTokens(server.output());
  const chair = tokens.chair?.[0] ?? '';
  const writerTokens = [chair];
  for (let i = 1; i < writerCount; i++) {
    const invited = await api<{ token: string }>(server.url, 'POST', `/api/documents/${documentId}/participants`, {
      token: chair,
      body: { name: `Typist ${i}`, role: 'drafter', groupId: 'governments' },
    });
    expect(invited.status).toBe(201);
    writerTokens.push(invited.body.token);
  }
  const typing = await typists(server, documentId, writerTokens);
  await waitFor(() => typing.received().size >= 50, 'the writers to see one another type', 30_000);
  return { dataDir, server, documentId, chair, observer: tokens.observer?.[0] ?? '', typing };
}

async function storedWords(dataDir: string, documentId: string, observer: string): Promise<Set<string>> {
  const server = await spawnServer({ DATA_DIR: dataDir });
  try {
    const reader = connectClient(server.wsUrl, documentId, observer);
    await synced(reader);
    const words = wordsIn(reader.text());
    reader.destroy();
    return words;
  } finally {
    await server.kill('SIGTERM');
  }
}

describe('stopping on SIGTERM', () => {
  it('exits cleanly while clients type, keeping every word anyone received', async () => {
    const { dataDir, server, documentId, observer, typing } = await startWithWriters({}, 4);
    const exit = exited(server.child);
    server.child.kill('SIGTERM');
    const { code, signal } = await exit;
    const received = typing.received();
    typing.stop();

    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(received.size).toBeGreaterThan(0);
    const stored = await storedWords(dataDir, documentId, observer);
    expect([...received].filter((word) => !stored.has(word))).toEqual([]);
  });

  it('exits cleanly with an event stream open (a browser tab), without waiting for its deadline', async () => {
    const { server, documentId, chair, typing } = await startWithWriters({ SHUTDOWN_TIMEOUT_MS: '60000' }, 2);
    const stream = await fetch(`${server.url}/api/documents/${documentId}/events`, { headers: { authorization: `Bearer ${chair}` } });
    expect(stream.status).toBe(200);
    const reading = stream.body?.getReader();
    await reading?.read();
    const exit = exited(server.child);
    server.child.kill('SIGTERM');
    const { code, signal } = await exit;
    typing.stop();
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(server.output()).not.toContain('Not closed after');
  });

  it('exits non-zero at its deadline when a half-sent request holds the stop, after a last flush', async () => {
    const { dataDir, server, documentId, chair, observer, typing } = await startWithWriters({ SHUTDOWN_TIMEOUT_MS: '1000' }, 2);
    const { hostname, port } = new URL(server.url);
    const stalled = connect(Number(port), hostname);
    await new Promise<void>((resolve) => stalled.once('connect', () => resolve()));
    stalled.on('error', () => undefined);
    // Headers complete, body never finished: the request stays in flight and the HTTP server cannot close.
    stalled.write(`POST /api/documents HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${chair}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"title":`);

    const exit = exited(server.child);
    server.child.kill('SIGTERM');
    const { code, signal } = await exit;
    const received = typing.received();
    typing.stop();
    stalled.destroy();

    expect(signal).toBeNull();
    expect(code).toBe(1);
    expect(server.output()).toContain('Not closed after 1000 ms: a last flush, then exiting');
    const stored = await storedWords(dataDir, documentId, observer);
    expect([...received].filter((word) => !stored.has(word))).toEqual([]);
  });
});
