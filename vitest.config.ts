import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Imports the real lists once per run into fixture stores (test/support/fixture-store.ts).
    globalSetup: ['test/support/global-setup.ts'],
    // A `vigil` process reads its store more slowly from PostgreSQL (OFAC SDN's entities: 4.4 s, against
    // 2.6 s from SQLite), and some tests run several.
    testTimeout: process.env.VIGIL_TEST_BACKEND === 'postgres' ? 120_000 : 60_000,
    hookTimeout: 120_000,
    // Tests spawn the real CLI and write real stores; two cores run two files at a time.
    maxWorkers: 2,
    env: {
      // Tests run the CLI synchronously (spawnSync) in the process that also holds an in-process app:
      // that stalls the process's event loop on purpose, and the overload guard must not read it as load.
      VIGIL_MAX_EVENT_LOOP_DELAY_MS: '0',
      // A store is chosen by the test seam (test/support/temp-store.ts), never by the caller's environment.
      VIGIL_DATABASE_URL: '',
    },
  },
})
