/**
 * Both store backends side by side, for the one store suite (src/store/kysely-store.test.ts) that
 * runs against each in every pass, whatever VIGIL_TEST_BACKEND says: a fresh location on each, and
 * the few looks under the store's interface that its tests need.
 */
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import type { Tables } from '../../src/store/tables.js'
import { locationOf, tempDir, type StoreLocation } from './store-location.js'
import { createTestDatabase, databaseBytes } from './test-database.js'

export interface StoreBackend {
  name: 'sqlite' | 'postgres'
  /** A new, empty store location on this backend. */
  location(keepVersions?: number): Promise<StoreLocation>
  /** Bytes on disk so far, uncommitted writes included: how far a running import has got. */
  bytesWritten(location: StoreLocation): Promise<number>
  /** Run SQL on the store directly, beside the Store interface (to fake another Vigil's store). */
  execute(location: StoreLocation, statement: string): Promise<void>
  /** The store's tables through a connection of the test's own, without migrating; the caller destroys it. */
  connect(location: StoreLocation): Kysely<Tables>
  /** What the backend itself says of its consistency after a crash ('ok' when it has nothing to check). */
  integrity(location: StoreLocation): Promise<string>
}

const sqliteFile = (location: StoreLocation) => join(location.home, 'vigil.sqlite')

const sqlite: StoreBackend = {
  name: 'sqlite',
  location: async (keepVersions) => locationOf(tempDir(), undefined, keepVersions),
  // An import writes its version into the write-ahead log until it commits.
  bytesWritten: async (location) => {
    const wal = `${sqliteFile(location)}-wal`
    return existsSync(wal) ? statSync(wal).size : 0
  },
  execute: async (location, statement) => {
    const db = new Database(sqliteFile(location))
    try {
      db.exec(statement)
    } finally {
      db.close()
    }
  },
  connect: (location) => new Kysely<Tables>({ dialect: new SqliteDialect({ database: new Database(sqliteFile(location)) }) }),
  integrity: async (location) => {
    const db = new Database(sqliteFile(location), { readonly: true })
    try {
      return String(db.pragma('integrity_check', { simple: true }))
    } finally {
      db.close()
    }
  },
}

const postgres: StoreBackend = {
  name: 'postgres',
  location: async (keepVersions) => locationOf(tempDir(), await createTestDatabase(), keepVersions),
  bytesWritten: (location) => databaseBytes(new URL(location.databaseUrl!).pathname.slice(1)),
  execute: async (location, statement) => {
    const client = new pg.Client({ connectionString: location.databaseUrl })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
  },
  connect: (location) => new Kysely<Tables>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: location.databaseUrl, max: 1 }) }) }),
  // A transaction cut off by a lost connection is rolled back by the server: nothing to check.
  integrity: async () => 'ok',
}

export const STORE_BACKENDS: StoreBackend[] = [sqlite, postgres]
