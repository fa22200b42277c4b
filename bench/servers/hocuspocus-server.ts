/** Hocuspocus 3.4 with its SQLite extension on a file, default settings. */
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 0);
const database = process.env.HOCUSPOCUS_DB;
if (!database) throw new Error('HOCUSPOCUS_DB must name the SQLite file');

const sqlite = new SQLite({ database });
const server = new Server({
  port,
  address: host,
  quiet: true,
  // Our own signal handler below waits for the final store before exiting.
  stopOnSignals: false,
  extensions: [sqlite],
});
await server.listen();
console.log(`listening on ${server.address.port}`);

let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  // The extension does not await its write: closing the database waits for it.
  void server
    .destroy()
    .then(() => new Promise<void>((resolve) => (sqlite.db ? sqlite.db.close(() => resolve()) : resolve())))
    .then(() => process.exit(0));
});
