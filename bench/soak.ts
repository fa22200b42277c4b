/**
 * `npm run bench -- --soak`: the crash and fuzz tests at soak scale (CI runs them small). Kills the
 * server SOAK_RESTARTS times (default 50) under SOAK_CLIENTS typing clients (default 20), and sends
 * SOAK_FUZZ_MESSAGES hostile collaboration messages (default 1,000,000).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const env = {
  ...process.env,
  CRASH_CLIENTS: process.env.SOAK_CLIENTS ?? '20',
  CRASH_RESTARTS: process.env.SOAK_RESTARTS ?? '50',
  FUZZ_MESSAGES: process.env.SOAK_FUZZ_MESSAGES ?? '1000000',
  SOAK: '1',
};
console.log(`soak: ${env.CRASH_RESTARTS} kills with ${env.CRASH_CLIENTS} clients; ${env.FUZZ_MESSAGES} hostile messages`);
const result = spawnSync(process.execPath, [resolve(root, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/collab/crash-durability.test.ts', 'tests/collab/socket-fuzz.test.ts', '--testTimeout=3600000'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
