import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests spawn the real CLI and write real SQLite files; two cores run two files at a time.
    maxWorkers: 2,
    // Tests run the CLI synchronously (spawnSync) in the process that also holds an in-process app:
    // that stalls the process's event loop on purpose, and the overload guard must not read it as load.
    env: { VIGIL_MAX_EVENT_LOOP_DELAY_MS: '0' },
  },
})
