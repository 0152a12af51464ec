/**
 * Where a test store lives, on the backend the run tests (VIGIL_TEST_BACKEND): SQLite in a fresh
 * temporary directory, or a PostgreSQL database of its own beside it. Tests open stores, spawn
 * `vigil` and start servers only through a StoreLocation, so the whole suite runs on either backend.
 * (Kept free of src/ code that the global setup's module runner cannot load.)
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { StoreOptions } from '../../src/store/open-store.js'
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from './test-database.js'

export interface StoreLocation {
  /** A fresh temporary directory: the SQLite file's home, and room for a test's own files. */
  home: string
  /** Set on PostgreSQL: the store's own database. */
  databaseUrl?: string
  /** For openStore and loadConfig: `loadConfig({ ...loc.storeOptions, workers: 1 })`. */
  storeOptions: StoreOptions
  /** For spawned `vigil` processes: VIGIL_HOME, and VIGIL_DATABASE_URL (empty on SQLite). */
  env: Record<string, string>
  /** Delete the directory and the database. */
  remove(): Promise<void>
}

/** A fresh temporary directory (under the run's own, VIGIL_TEST_TMP, when the global setup made one). */
export function tempDir(): string {
  const root = process.env.VIGIL_TEST_TMP ?? tmpdir()
  mkdirSync(root, { recursive: true })
  return mkdtempSync(join(root, 'vigil-test-'))
}

/** A location for a new, empty store on the run's backend; `keepVersions` (default 3) is for openStore. */
export async function tempLocation(keepVersions = 3): Promise<StoreLocation> {
  return locationOf(tempDir(), TEST_BACKEND === 'postgres' ? await createTestDatabase() : undefined, keepVersions)
}

/** The location of a store in `home`, or in database `db` when given. */
export function locationOf(home: string, db?: TestDatabase, keepVersions = 3): StoreLocation {
  return {
    home,
    ...(db ? { databaseUrl: db.url } : {}),
    storeOptions: { home, keepVersions, ...(db ? { databaseUrl: db.url } : {}) },
    env: { VIGIL_HOME: home, VIGIL_DATABASE_URL: db?.url ?? '' },
    async remove() {
      await db?.drop()
      rmSync(home, { recursive: true, force: true })
    },
  }
}
