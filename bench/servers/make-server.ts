/** A fresh server adapter (own data directory) of a given kind. */
import { ConcordServer } from './concord-server.js';
import { HocuspocusServer, RelayServer, YwsServer } from './reference-servers.js';
import type { ServerAdapter } from './server-adapter.js';
import type { ServerKind } from './server-kind.js';

export interface ServerFactoryOptions {
  /** The Concord checkout to run. */
  concordRoot: string;
  /** Write a V8 CPU profile of the Concord server into this directory. */
  profileDir?: string;
}

export function makeServer(kind: ServerKind, options: ServerFactoryOptions): ServerAdapter {
  switch (kind) {
    case 'concord':
      return new ConcordServer(options.concordRoot, options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : []);
    case 'yws':
      return new YwsServer();
    case 'hocuspocus':
      return new HocuspocusServer();
    case 'relay':
      return new RelayServer();
  }
}
