/** The part every server adapter shares: a data directory, a child process, its metrics. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleProcess, type ProcessSample } from './process-metrics.js';
import { SpawnedServer } from './spawn-server.js';

export const HOST = '127.0.0.1';

export abstract class ManagedServer {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'concord-bench-'));
  protected process: SpawnedServer | null = null;
  port = 0;

  get pid(): number {
    if (!this.process) throw new Error('server is not running');
    return this.process.pid;
  }

  sample(): ProcessSample {
    return sampleProcess(this.pid);
  }

  async stop(how: 'graceful' | 'kill' = 'graceful'): Promise<void> {
    const running = this.process;
    this.process = null;
    await running?.stop(how);
  }

  async dispose(): Promise<void> {
    await this.stop('kill');
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** Spawns the script and waits until it prints its port (the pattern's first group). */
  protected async launch(
    script: string,
    env: Record<string, string>,
    ready: RegExp = /listening on (\d+)/,
    nodeFlags: string[] = [],
    cwd?: string,
  ): Promise<SpawnedServer> {
    if (this.process) throw new Error('server already running');
    const spawned = SpawnedServer.start({ script, env: { ...baseEnv(), HOST, PORT: '0', ...env }, nodeFlags, cwd });
    this.process = spawned;
    const match = await spawned.waitFor(ready);
    this.port = Number(match[1]);
    return spawned;
  }
}

/** The parent's environment minus anything that would make a reference server persist or log. */
export function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'YPERSISTENCE' && key !== 'CALLBACK_URL' && !key.startsWith('NODE_OPTIONS')) env[key] = value;
  }
  return env;
}
