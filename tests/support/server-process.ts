/** Runs `server/main.ts` as a separate process, so a test can SIGKILL it like a real crash. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  wsUrl: string;
  output: () => string;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');
/**
 * How long a start may take: a budget for a loaded, shared machine (tsx compiles the server on each
 * start; about a second when idle), not a speed claim.
 */
const START_BUDGET_MS = 90_000;

export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${START_BUDGET_MS} ms:\n${output}`));
    }, START_BUDGET_MS);
    const check = () => {
      const match = /serving on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    child,
    url,
    wsUrl: `${url.replace('http://', 'ws://')}/collab`,
    output: () => output,
    kill: (signal = 'SIGKILL') =>
      new Promise<void>((resolvePromise) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
        child.once('exit', () => resolvePromise());
        child.kill(signal);
      }),
  };
}

export function demoTokens(output: string): { documentId: string; tokens: Record<string, string[]> } {
  const tokens: Record<string, string[]> = {};
  let documentId = '';
  for (const match of output.matchAll(/^\s+(chair|drafter|observer|stakeholder)\s.*\/d\/(doc_[a-z0-9]+)#token=([A-Za-z0-9_-]{43})$/gm)) {
    const [, role, doc, token] = match;
    if (!role || !doc || !token) continue;
    documentId = doc;
    tokens[role] ??= [];
    tokens[role].push(token);
  }
  return { documentId, tokens };
}

/** A port free right now on loopback, for a server that must come back on the same address. */
export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePromise(port));
    });
  });
}
