/** What a scenario needs of a server under test, whichever it is. */
import type * as Y from 'yjs';
import type { Endpoint } from '../load/endpoint.js';
import type { ProcessSample } from './process-metrics.js';
import type { ServerKind } from './server-kind.js';

export interface DocumentSession {
  documentId: string;
  /** Full write access: used to seed the document. */
  owner: Endpoint;
  writer(index: number): Endpoint;
  /** Read-only where the server has roles. */
  reader(index: number): Endpoint;
}

/** How a server keeps a document on disk. */
export interface StoredDocument {
  /** Rows holding the document (log rows plus snapshot rows). */
  rows: number;
  /** Updates written for the document (log rows plus those folded into a snapshot); null if it keeps no log. */
  updates: number | null;
  logBytes: number;
  snapshotBytes: number;
  /** The database file(s) on disk, whole. */
  fileBytes: number;
}

export interface StorageProbe {
  describe(documentId: string): StoredDocument;
  /** The document as it stands on disk. */
  load(documentId: string): Y.Doc;
}

export interface ServerAdapter {
  readonly kind: ServerKind;
  /** False for the relay: the document lives only in its peers. */
  readonly holdsDocuments: boolean;
  readonly storage: StorageProbe | null;
  readonly pid: number;
  start(env?: Record<string, string>): Promise<void>;
  stop(how?: 'graceful' | 'kill'): Promise<void>;
  sample(): ProcessSample;
  createDocument(name: string, clients: { writers: number; readers: number }): Promise<DocumentSession>;
  /** Removes what the server wrote to disk. */
  dispose(): Promise<void>;
}
