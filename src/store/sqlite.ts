/** The embedded default store: one SQLite file in the data directory, through better-sqlite3 and Kysely. */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { KyselyStore } from './kysely-store.js'
import { migrate } from './migrations.js'
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
  const database = new Database(sqliteFile(options.home))
  // WAL: readers (the API) keep reading the live version while an import writes the next one.
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = NORMAL')
  database.pragma('busy_timeout = 10000')
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) })
  await migrate(db)
  return new KyselyStore(db, options.keepVersions)
}
