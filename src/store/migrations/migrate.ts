/**
 * Versioned migrations through Kysely's Migrator: the same files for SQLite and PostgreSQL, applied
 * in name order, each once. Every process migrates at start (Kysely takes a lock, so several
 * starting at once apply each migration once); a database already past this code is refused.
 */
import { Migrator, type Kysely, type Migration } from 'kysely'
import { AppError } from '../../errors.js'
import { up as statements } from './0001-statements.js'
import { up as statementOrder } from './0002-statement-order.js'
import { up as records } from './0003-records.js'
import { columnTypes, type DialectName } from './column-types.js'

// New migrations go at the end with the next number; a released one is never edited.
const MIGRATIONS = { '0001-statements': statements, '0002-statement-order': statementOrder, '0003-records': records }

export const MIGRATION_TABLE = 'vigil_migrations'

export interface MigrationStatus {
  /** Migrations this run applied, in order. */
  applied: string[]
  /** The newest migration the database has now. */
  current: string | undefined
  /** The newest migration this code knows. */
  latest: string
}

function migrator(db: Kysely<unknown>, dialect: DialectName): Migrator {
  const types = columnTypes(dialect)
  const migrations: Record<string, Migration> = Object.fromEntries(
    Object.entries(MIGRATIONS).map(([name, up]) => [name, { up: (target: Kysely<unknown>) => up(target, types) }]),
  )
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: `${MIGRATION_TABLE}_lock`,
  })
}

export async function migrateToLatest(db: Kysely<unknown>, dialect: DialectName): Promise<MigrationStatus> {
  const latest = Object.keys(MIGRATIONS).sort().at(-1)!
  await refuseNewer(db, latest)
  const { error, results = [] } = await migrator(db, dialect).migrateToLatest()
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName
    throw new AppError('store_error', `Migrating the store failed${failed ? ` at ${failed}` : ''}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const executed = await executedMigrations(db)
  return { applied: results.map((r) => r.migrationName), current: executed.at(-1), latest }
}

/** A database migrated by a newer Vigil has tables this code may misread: stop before touching it. */
async function refuseNewer(db: Kysely<unknown>, latest: string): Promise<void> {
  const unknown = (await executedMigrations(db)).filter((name) => !(name in MIGRATIONS))
  if (unknown.length === 0) return
  throw new AppError(
    'store_error',
    `The database was migrated by a newer Vigil (migration ${unknown.join(', ')}; this version knows up to ${latest}). Upgrade Vigil, or point it at another store.`,
  )
}

async function executedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const tables = await db.introspection.getTables()
  if (!tables.some((t) => t.name === MIGRATION_TABLE)) return []
  const rows = await (db as Kysely<Record<string, { name: string }>>).selectFrom(MIGRATION_TABLE).select('name').orderBy('name').execute()
  return rows.map((r) => r.name)
}
