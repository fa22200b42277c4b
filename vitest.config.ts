import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'shared/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Budgets for a loaded, shared machine (CI's is), not speed claims: a test that waits, waits on a
    // condition; the few slow ones (crash, bench smoke) set budgets of their own.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A worker keeps the modules it has loaded from one test file to the next instead of loading the server,
    // Yjs and TipTap afresh for each: that was a third of the suite's time. Safe because no test mocks a
    // module or stubs a global, and each file builds its own servers and documents.
    isolate: false,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
