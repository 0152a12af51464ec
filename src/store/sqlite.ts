/** The embedded default store: one SQLite file in the data directory, through better-sqlite3 and Kysely. */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Backend } from './backend.js'
import { KyselyStore } from './kysely-store.js'
import { migrateToLatest, type MigrationStatus } from './migrations/migrate.js'
import type { Store } from './store.js'
import type { Tables } from './tables.js'

export interface SqliteOptions {
  /** The data directory (VIGIL_HOME); the database is vigil.sqlite inside it. */
  home: string
  keepVersions: number
}

export function sqliteFile(home: string): string {
  return join(home, 'vigil.sqlite')
}

export async function openSqliteStore(options: SqliteOptions): Promise<Store> {
  mkdirSync(options.home, { recursive: true })
  const file = sqliteFile(options.home)
  const database = new Database(file)
  // WAL: readers (the API) keep reading the live version while an import writes the next one.
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = NORMAL')
  database.pragma('busy_timeout = 10000')
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) })
  let migration: MigrationStatus
  try {
    migration = await migrateToLatest(db as Kysely<unknown>, 'sqlite')
  } catch (err) {
    await db.destroy()
    throw err
  }
  return new KyselyStore(db, options.keepVersions, sqliteBackend(file), migration)
}

function sqliteBackend(file: string): Backend {
  return {
    dialect: 'sqlite',
    location: file,
    // 500 rows × 13 = 6,500 parameters, inside SQLite's default limit of 32,766.
    batchRows: 500,
    rowOrder: 'rowid',
    insertStatements: async (trx, rows) => {
      await trx.insertInto('statements').values(rows).execute()
    },
    // A SQLite write transaction already excludes every other writer of the file.
    lockDataset: async () => {},
    // SQLite plans the carry-over join well without statistics.
    beforeBulkJoin: async () => {},
    afterImport: async () => {},
    // A file has no way to tell other processes; watchers poll.
    announce: async () => {},
    async watchVersions(listener, pollMs) {
      const timer = setInterval(listener, pollMs)
      timer.unref()
      return async () => clearInterval(timer)
    },
  }
}
