/** The servers Concord is compared with: y-websocket in memory, Hocuspocus on SQLite, the raw relay. */
import { join } from 'node:path';
import type { Endpoint } from '../load/endpoint.js';
import { HocuspocusStore } from '../store/hocuspocus-store.js';
import { HOST, ManagedServer } from './managed-server.js';
import type { DocumentSession, ServerAdapter } from './server-adapter.js';

let rooms = 0;

/** A server without accounts: every client may write, a document is just a room name. */
abstract class OpenServer extends ManagedServer {
  protected abstract readonly protocol: Endpoint['protocol'];

  protected endpoint(room: string): Endpoint {
    return { protocol: this.protocol, serverUrl: `ws://${HOST}:${this.port}`, room };
  }

  async createDocument(name: string): Promise<DocumentSession> {
    const room = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${++rooms}`;
    return { documentId: room, owner: this.endpoint(room), writer: () => this.endpoint(room), reader: () => this.endpoint(room) };
  }
}

export class YwsServer extends OpenServer implements ServerAdapter {
  readonly kind = 'yws';
  readonly holdsDocuments = true;
  readonly storage = null;
  protected readonly protocol = 'y-websocket';

  async start(env: Record<string, string> = {}): Promise<void> {
    await this.launch('bench/servers/yws-server.ts', env);
  }
}

export class RelayServer extends OpenServer implements ServerAdapter {
  readonly kind = 'relay';
  readonly holdsDocuments = false;
  readonly storage = null;
  protected readonly protocol = 'y-websocket';

  async start(env: Record<string, string> = {}): Promise<void> {
    await this.launch('bench/servers/relay-server.ts', env);
  }
}

export class HocuspocusServer extends OpenServer implements ServerAdapter {
  readonly kind = 'hocuspocus';
  readonly holdsDocuments = true;
  readonly storage = new HocuspocusStore(join(this.dataDir, 'hocuspocus.sqlite'));
  protected readonly protocol = 'hocuspocus';

  async start(env: Record<string, string> = {}): Promise<void> {
    await this.launch('bench/servers/hocuspocus-server.ts', { HOCUSPOCUS_DB: this.storage.file, ...env });
  }
}
