/**
 * Concord under test: its real entry point as `npm start` runs it (`server/main.ts` compiled to
 * dist/server), a real SQLite file, auth on.
 * The chair's token printed on the first start is how documents and participants are made.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Endpoint } from '../load/endpoint.js';
import { ConcordStore } from '../store/concord-store.js';
import { HOST, ManagedServer } from './managed-server.js';
import type { DocumentSession, ServerAdapter } from './server-adapter.js';

const SERVING = /Concord is serving on http:\/\/[^\s:]+:(\d+)/;
const CHAIR_LINE = /^\s*chair\s.*\/d\/(doc_[a-z0-9]+)#token=([A-Za-z0-9_-]{43})/m;
const INVITE_CONCURRENCY = 16;
const COMPACTED = /compacted doc_[a-z0-9]+: (\d+) updates folded into a snapshot of (\d+) bytes in ([\d.]+) ms/g;

export interface ReportedCompaction {
  updates: number;
  snapshotBytes: number;
  ms: number;
}

type Role = 'chair' | 'drafter' | 'stakeholder' | 'observer';

/** The compiled server's entry point in a checkout, as `npm run build:server` writes it. */
export const COMPILED_ENTRY = 'dist/server/server/main.js';
const builds = new Map<string, Promise<string>>();

/**
 * Compiles a checkout's server once per run, so the figures are of the sources as they are; a checkout
 * from before the compiled build (no `build:server` script) runs its sources under tsx instead.
 */
export function concordEntry(root: string, log: (message: string) => void = (message) => console.error(message)): Promise<string> {
  let entry = builds.get(root);
  if (!entry) {
    entry = (async () => {
      const manifest: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      const scripts = typeof manifest === 'object' && manifest !== null && 'scripts' in manifest ? manifest.scripts : undefined;
      if (typeof scripts !== 'object' || scripts === null || !('build:server' in scripts)) {
        log(`  ${root} has no build:server script: running its server/main.ts under tsx`);
        return 'server/main.ts';
      }
      await promisify(execFile)('npm', ['run', '--silent', 'build:server'], { cwd: root });
      return COMPILED_ENTRY;
    })();
    builds.set(root, entry);
  }
  return entry;
}

export class ConcordServer extends ManagedServer implements ServerAdapter {
  readonly kind = 'concord';
  readonly holdsDocuments = true;
  readonly storage = new ConcordStore(join(this.dataDir, 'concord.sqlite'));
  private chairToken: string | null = null;

  /**
   * @param root the Concord checkout to run.
   * @param nodeFlags e.g. `--cpu-prof` to profile the server.
   */
  constructor(
    private readonly root: string,
    private readonly nodeFlags: string[] = [],
  ) {
    super();
  }

  async start(env: Record<string, string> = {}): Promise<void> {
    const entry = await concordEntry(this.root);
    const spawned = await this.launch(entry, { DATA_DIR: this.dataDir, ...env }, SERVING, this.nodeFlags, this.root);
    if (this.chairToken === null) {
      const chair = await spawned.waitFor(CHAIR_LINE, 10_000);
      this.chairToken = chair[2] ?? null;
    }
  }

  /** The compactions the running server reported in its log, in order. */
  compactions(): ReportedCompaction[] {
    return [...(this.process?.text ?? '').matchAll(COMPACTED)].map((match) => ({
      updates: Number(match[1]),
      snapshotBytes: Number(match[2]),
      ms: Number(match[3]),
    }));
  }

  endpoint(documentId: string, token: string): Endpoint {
    return { protocol: 'y-websocket', serverUrl: `ws://${HOST}:${this.port}/collab`, room: documentId, token };
  }

  async api<T>(method: 'GET' | 'POST', path: string, body?: unknown, token = this.chairToken): Promise<T> {
    if (!token) throw new Error('no chair token: start the server on an empty database first');
    const response = await fetch(`http://${HOST}:${this.port}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }

  async invite(documentId: string, name: string, role: Role): Promise<string> {
    const invitation = await this.api<{ token: string }>('POST', `/api/documents/${documentId}/participants`, {
      name,
      role,
      groupId: 'governments',
    });
    return invitation.token;
  }

  async createDocument(name: string, clients: { writers: number; readers: number }): Promise<DocumentSession> {
    const created = await this.api<{ document: { id: string } }>('POST', '/api/documents', { title: name });
    const documentId = created.document.id;
    const writerTokens = await this.inviteMany(documentId, clients.writers, (i) => [`Bench drafter ${i}`, 'drafter']);
    // Readers are observers and stakeholders: both read the live text and may not write it.
    const readerTokens = await this.inviteMany(documentId, clients.readers, (i) => [
      `Bench reader ${i}`,
      i % 2 === 0 ? 'observer' : 'stakeholder',
    ]);
    const chairToken = this.chairToken ?? '';
    const pick = (tokens: string[], index: number) => tokens[index % Math.max(1, tokens.length)] ?? chairToken;
    return {
      documentId,
      owner: this.endpoint(documentId, chairToken),
      writer: (index) => this.endpoint(documentId, pick(writerTokens, index)),
      reader: (index) => this.endpoint(documentId, pick(readerTokens, index)),
    };
  }

  private async inviteMany(documentId: string, count: number, who: (index: number) => [string, Role]): Promise<string[]> {
    const tokens: string[] = new Array<string>(count);
    for (let start = 0; start < count; start += INVITE_CONCURRENCY) {
      const batch = Array.from({ length: Math.min(INVITE_CONCURRENCY, count - start) }, (_, k) => start + k);
      await Promise.all(
        batch.map(async (index) => {
          const [name, role] = who(index);
          tokens[index] = await this.invite(documentId, name, role);
        }),
      );
    }
    return tokens;
  }
}
