/**
 * What differs between the databases behind the one Kysely store: how imports of one dataset are
 * kept apart, how other processes hear of a new version, and how big an insert may be. Everything
 * else (every query) is shared in kysely-store.ts.
 */
import type { Kysely, Transaction } from 'kysely'
import type { DialectName } from './migrations/column-types.js'
import type { StatementTable, Tables } from './tables.js'

export interface Backend {
  dialect: DialectName
  /** Where the data is, for messages and logs: a file path, or a URL without its password. */
  location: string
  /** Statement rows written per insert. */
  batchRows: number
  /**
   * The physical order of rows, to break ties in ORDER BY: SQLite's rowid (the order written), and
   * PostgreSQL's ctid (fixed once the import commits). Without it a property's values come back in
   * the plan's order, which changes when autovacuum analyzes a new version.
   */
  rowOrder: 'rowid' | 'ctid'
  /** Write one batch of statement rows inside the import's transaction. */
  insertStatements(trx: Transaction<Tables>, rows: StatementTable[]): Promise<void>
  /** Hold the dataset's import lock until the transaction ends, so two processes never import it at once. */
  lockDataset(trx: Transaction<Tables>, dataset: string): Promise<void>
  /** Before a join over the rows this transaction wrote, which the database's statistics do not know yet. */
  beforeBulkJoin(trx: Transaction<Tables>): Promise<void>
  /** After an import commits, outside its transaction: refresh what the planner knows of the table. */
  afterImport(db: Kysely<Tables>): Promise<void>
  /** Tell every process watching the store that a live version changed, once the transaction commits. */
  announce(trx: Transaction<Tables>, dataset: string): Promise<void>
  /** Call `listener` whenever a live version may have changed; resolves to the function that stops watching. */
  watchVersions(listener: () => void, pollMs: number): Promise<() => Promise<void>>
}
