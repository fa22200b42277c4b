/** `npm start`: serve Concord, seeding the demo document on an empty database. */
import { configFromEnv } from './config.js';
import { seedDemoIfEmpty } from './demo/seed-demo.js';
import { stopOnSignals } from './shutdown.js';
import { startServer } from './start.js';
import { DEFAULT_GROUPS, findGroup } from '../shared/groups.js';

const config = configFromEnv();
const server = await startServer(config);
const demo = seedDemoIfEmpty(server.deps);
if (demo) {
  console.log(`Seeded the demo document ${demo.documentId}. Sign-in links (keep them secret):`);
  for (const participant of demo.participants) {
    const group = findGroup(DEFAULT_GROUPS, participant.groupId)?.name ?? participant.groupId;
    console.log(`  ${participant.role.padEnd(11)} ${group.padEnd(28)} ${participant.name.padEnd(36)} ${participant.signInUrl}`);
  }
}

console.log(`Concord is serving on ${server.url} (data in ${config.databaseFile})`);

const shutdownTimeout = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 5_000);
stopOnSignals({
  close: () => server.close(),
  lastFlush: () => {
    try {
      server.deps.registry.commitPending();
    } catch (error) {
      console.error(`The last flush failed: ${String(error)}`);
    }
  },
  timeoutMs: Number.isFinite(shutdownTimeout) && shutdownTimeout > 0 ? shutdownTimeout : 5_000,
  log: (message) => console.log(message),
});
