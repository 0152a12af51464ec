/**
 * What differs between the databases behind the one Kysely store: how imports of one dataset are
 * kept apart, how other processes hear of a new version, and how big an insert may be. Everything
 * else (every query) is shared in kysely-store.ts.
 */
import type { Transaction } from 'kysely'
import type { DialectName } from './migrations/column-types.js'
import type { Tables } from './tables.js'

export interface Backend {
  dialect: DialectName
  /** Where the data is, for messages and logs: a file path, or a URL without its password. */
  location: string
  /** Statement rows per multi-row insert (13 parameters a row, within the driver's parameter limit). */
  batchRows: number
  /** Hold the dataset's import lock until the transaction ends, so two processes never import it at once. */
  lockDataset(trx: Transaction<Tables>, dataset: string): Promise<void>
  /** Tell every process watching the store that a live version changed, once the transaction commits. */
  announce(trx: Transaction<Tables>, dataset: string): Promise<void>
  /** Call `listener` whenever a live version may have changed; resolves to the function that stops watching. */
  watchVersions(listener: () => void, pollMs: number): Promise<() => Promise<void>>
}
