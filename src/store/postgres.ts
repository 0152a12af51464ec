/**
 * PostgreSQL as the store of record, through pg and Kysely: several API nodes, importers and batch
 * workers share one database. Imports of one dataset take an advisory lock; a committed import
 * announces itself on a LISTEN/NOTIFY channel, so every serving node swaps without polling.
 */
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely'
import pg from 'pg'
import { AppError } from '../errors.js'
import type { Backend } from './backend.js'
import { KyselyStore } from './kysely-store.js'
import { migrateToLatest, type MigrationStatus } from './migrations/migrate.js'
import type { Store } from './store.js'
import type { StatementTable, Tables } from './tables.js'

export interface PostgresOptions {
  /** postgres://user:password@host:port/database */
  url: string
  keepVersions: number
}

/** The channel a committed import or rollback is announced on; the payload is the dataset's name. */
export const VERSIONS_CHANNEL = 'vigil_versions'

// Connections per process: one import, plus a few concurrent reads of the API. Every API node and
// worker thread opens its own pool, so the total stays within PostgreSQL's default of 100.
const POOL_SIZE = 4
// A lost LISTEN connection is retried this often; nodes learn of versions again once it is back.
const RELISTEN_MS = 2000

const INT8_OID = 20

export async function openPostgresStore(options: PostgresOptions): Promise<Store> {
  const location = redactPassword(options.url)
  const pool = new pg.Pool({
    connectionString: options.url,
    max: POOL_SIZE,
    idleTimeoutMillis: 10_000,
    // COUNT(*) and BIGINT arrive as strings by default; the store's counts are far below 2^53.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  })
  // An idle client losing its server must not crash the process; the next query reports the error.
  pool.on('error', () => {})
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) })
  let migration: MigrationStatus
  try {
    await sql`select 1`.execute(db)
    migration = await migrateToLatest(db as Kysely<unknown>, 'postgres')
  } catch (err) {
    await db.destroy()
    if (err instanceof AppError) throw err
    throw new AppError('store_error', `Cannot open the PostgreSQL store at ${location}: ${err instanceof Error ? err.message : String(err)}`)
  }
  return new KyselyStore(db, options.keepVersions, postgresBackend(options.url, location), migration)
}

function postgresBackend(url: string, location: string): Backend {
  return {
    dialect: 'postgres',
    location,
    // One parameter a column whatever the batch size, so a batch may be large.
    batchRows: 5000,
    rowOrder: 'ctid',
    insertStatements,
    async lockDataset(trx, dataset) {
      // Transaction-scoped: released at commit or rollback, and when a killed importer's connection drops.
      await sql`select pg_advisory_xact_lock(hashtext(${`vigil.import.${dataset}`}))`.execute(trx)
    },
    async beforeBulkJoin(trx) {
      // The planner's statistics predate this import's rows, so it guesses the new version is empty
      // and picks a nested loop: OFAC SDN's first_seen carry-over ran 10 minutes instead of 1.5 s.
      // ANALYZE would hold a lock that serializes imports of every dataset; this lasts one transaction.
      await sql`set local enable_nestloop = off`.execute(trx)
    },
    async afterImport(db) {
      // Without fresh statistics the next reads of the new version plan badly: reading OFAC SDN's
      // entities took 12.3 s right after its import and 3.9 s after ANALYZE. Outside the import's
      // transaction, so the lock it takes is held for the ANALYZE alone.
      await sql`analyze statements`.execute(db)
    },
    async announce(trx, dataset) {
      // NOTIFY inside the transaction is delivered at commit, never for an import rolled back.
      await sql`select pg_notify(${VERSIONS_CHANNEL}, ${dataset})`.execute(trx)
    },
    watchVersions: (listener) => listen(url, listener),
  }
}

/** LISTEN on a connection of its own, reconnecting when it drops; every (re)connect calls `listener` once for what it may have missed. */
async function listen(url: string, listener: () => void): Promise<() => Promise<void>> {
  let client: pg.Client | undefined
  let stopped = false
  let retry: NodeJS.Timeout | undefined
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url })
    next.on('notification', () => listener())
    next.on('error', () => reconnect(next))
    next.on('end', () => reconnect(next))
    try {
      await next.connect()
      await next.query(`LISTEN ${VERSIONS_CHANNEL}`)
    } catch (err) {
      await next.end().catch(() => {})
      throw err
    }
    client = next
  }
  const schedule = () => {
    if (stopped) return
    clearTimeout(retry)
    retry = setTimeout(() => void connect().then(listener, schedule), RELISTEN_MS)
    retry.unref()
  }
  const reconnect = (lost: pg.Client) => {
    if (stopped || client !== lost) return
    client = undefined
    void lost.end().catch(() => {})
    schedule()
  }
  await connect()
  return async () => {
    stopped = true
    clearTimeout(retry)
    await client?.end().catch(() => {})
  }
}

const STATEMENT_COLUMNS = [
  ['version_id', 'int4'],
  ['entity_id', 'text'],
  ['schema', 'text'],
  ['prop', 'text'],
  ['prop_type', 'text'],
  ['value', 'text'],
  ['lang', 'text'],
  ['original_value', 'text'],
  ['source_file', 'text'],
  ['source_locator', 'text'],
  ['source_section', 'text'],
  ['first_seen', 'text'],
  ['last_seen', 'text'],
  ['ordinal', 'int4'],
] as const satisfies ReadonlyArray<readonly [keyof StatementTable, string]>

/**
 * One array a column, unnested by the server: 14 parameters however many rows. Kysely's multi-row
 * insert binds 13 a row, and compiling and parsing 50,000 parameters cost more than the insert
 * itself (OFAC SDN, 262,117 statements: 10.6 s that way).
 */
async function insertStatements(trx: Transaction<Tables>, rows: StatementTable[]): Promise<void> {
  if (rows.length === 0) return
  const columns = sql.join(STATEMENT_COLUMNS.map(([name]) => sql.ref(name)))
  const arrays = sql.join(STATEMENT_COLUMNS.map(([name, type]) => sql`${rows.map((r) => r[name])}::${sql.raw(type)}[]`))
  await sql`insert into statements (${columns}) select * from unnest(${arrays})`.execute(trx)
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    throw new AppError('bad_input', 'VIGIL_DATABASE_URL is not a URL; expected postgres://user:password@host:port/database.')
  }
}
