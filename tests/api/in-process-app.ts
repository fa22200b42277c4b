/** The composed Hono app over a real SQLite file, called with `app.request()`: no port, no socket. */
import { rmSync } from 'node:fs';
import { createApp } from '../../server/app.js';
import { configFromEnv } from '../../server/config.js';
import { buildDeps } from '../../server/start.js';
import { tempDataDir } from '../support/test-server.js';

export function inProcessApp() {
  const dataDir = tempDataDir('concord-inproc-');
  const deps = buildDeps(configFromEnv({}, { dataDir, idleUnloadMs: 60_000 }), () => undefined);
  const app = createApp(deps);
  const request = (method: string, path: string, options: { token?: string; body?: unknown } = {}) => {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    return app.request(path, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  };
  const dispose = () => {
    deps.checkpoints.closeAll();
    deps.staleWatcher.flushAll();
    deps.registry.closeAll();
    deps.db.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { app, deps, request, dispose };
}
