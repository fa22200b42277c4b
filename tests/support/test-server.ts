/** Starts a real Concord server (real SQLite file, loopback port) for a test, and cleans up after it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFromEnv, type ServerConfig } from '../../server/config.js';
import { startServer, type RunningServer } from '../../server/start.js';

export interface TestServer extends RunningServer {
  dataDir: string;
  wsUrl: string;
  /** Stops the server, keeping its data directory (for restart tests). */
  stop: () => Promise<void>;
  /** Stops the server and removes its data. */
  dispose: () => Promise<void>;
}

export function tempDataDir(prefix = 'concord-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function startTestServer(overrides: Partial<ServerConfig> = {}, dataDir = tempDataDir()): Promise<TestServer> {
  const config = configFromEnv({}, { port: 0, host: '127.0.0.1', dataDir, idleUnloadMs: 60_000, ...overrides });
  const running = await startServer(config, () => undefined);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await running.close();
  };
  return {
    ...running,
    dataDir,
    wsUrl: `ws://127.0.0.1:${running.port}/collab`,
    stop,
    dispose: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
