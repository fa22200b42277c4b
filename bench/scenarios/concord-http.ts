/** Timed HTTP calls against a running Concord server, for the scenarios only Concord can run. */
import { HOST } from '../servers/managed-server.js';

export interface TimedResponse<T> {
  ms: number;
  status: number;
  body: T;
  bytes: number;
}

export class ConcordHttp {
  constructor(
    private readonly port: number,
    private readonly token: string,
  ) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<TimedResponse<T>> {
    const started = performance.now();
    const response = await fetch(`http://${HOST}:${this.port}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const buffer = new Uint8Array(await response.arrayBuffer());
    const ms = performance.now() - started;
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${new TextDecoder().decode(buffer).slice(0, 300)}`);
    const type = response.headers.get('content-type') ?? '';
    const parsed = type.includes('json') ? (JSON.parse(new TextDecoder().decode(buffer)) as T) : (undefined as T);
    return { ms, status: response.status, body: parsed, bytes: buffer.byteLength };
  }
}

/** Runs `count` calls with at most `concurrency` in flight; returns each call's time in ms. */
export async function timedMany(count: number, concurrency: number, call: (index: number) => Promise<TimedResponse<unknown>>): Promise<number[]> {
  const times: number[] = new Array<number>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const index = next++;
        times[index] = (await call(index)).ms;
      }
    }),
  );
  return times;
}
