/**
 * Runs one server as a child process in its own process group, so that stopping it also stops
 * anything it started; collects its output so readiness and printed credentials can be read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface SpawnOptions {
  /** An entry point relative to `cwd`: a TypeScript one runs under tsx's loader, a JavaScript one as it is. */
  script: string;
  env: Record<string, string>;
  /** Extra flags for node itself, e.g. `--cpu-prof`. */
  nodeFlags?: string[];
  /** The directory the script is relative to (default: this project). */
  cwd?: string;
}

export class SpawnedServer {
  private output = '';
  private exited: Promise<number | null>;
  private exitCode: number | null | undefined;
  private readonly waiters = new Set<() => void>();

  private constructor(private readonly child: ChildProcess) {
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
      for (const wake of this.waiters) wake();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    this.exited = new Promise((done) => {
      child.on('exit', (code) => {
        this.exitCode = code;
        for (const wake of this.waiters) wake();
        done(code);
      });
    });
  }

  static start(options: SpawnOptions): SpawnedServer {
    const loader = options.script.endsWith('.ts') ? ['--import', 'tsx'] : [];
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ...loader, options.script], {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new SpawnedServer(child);
  }

  get pid(): number {
    const pid = this.child.pid;
    if (pid === undefined) throw new Error('server process did not start');
    return pid;
  }

  get text(): string {
    return this.output;
  }

  /** Resolves with the first match of `pattern` in the output; rejects on exit or timeout. */
  waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<RegExpExecArray> {
    return new Promise((resolvePromise, reject) => {
      const check = (): boolean => {
        const match = pattern.exec(this.output);
        if (match) {
          finish();
          resolvePromise(match);
          return true;
        }
        if (this.exitCode !== undefined) {
          finish();
          reject(new Error(`server exited (${this.exitCode}) before printing ${pattern}:\n${this.output.slice(-2000)}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`server did not print ${pattern} within ${timeoutMs} ms:\n${this.output.slice(-2000)}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
      };
      const wake = () => void check();
      if (!check()) this.waiters.add(wake);
    });
  }

  /** SIGTERM (a clean shutdown that saves) or SIGKILL (a crash); escalates if it hangs. */
  async stop(how: 'graceful' | 'kill' = 'graceful', timeoutMs = 20_000): Promise<void> {
    if (this.exitCode !== undefined) return;
    this.signalGroup(how === 'graceful' ? 'SIGTERM' : 'SIGKILL');
    const timer = setTimeout(() => this.signalGroup('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
    // The group may hold children that outlive the leader.
    this.signalGroup('SIGKILL');
  }

  private signalGroup(signal: NodeJS.Signals): void {
    try {
      process.kill(-this.pid, signal);
    } catch {
      // Already gone.
    }
  }
}
