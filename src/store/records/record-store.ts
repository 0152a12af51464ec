/**
 * How the review layer reads and writes its tables: through Kysely (no dialect named), in
 * transactions that carry their own audit records. An audited write takes the chain's lock with its
 * first statement, so it cannot deadlock against another writer on SQLite, and it commits its
 * records and its audit entries together or not at all.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Tables } from '../tables.js'
import { appendAudit, lockAuditChain, type AuditEntry } from './audit-append.js'
import type { AuditTable, RecordTables } from './tables.js'

export type { AuditEntry } from './audit-append.js'
export type RecordDb = Kysely<RecordTables>
export type RecordTransaction = Transaction<RecordTables>

export interface RecordTx {
  db: RecordTransaction
  /** Append one record to the audit chain, committed with this transaction's writes. */
  audit(entry: AuditEntry): Promise<AuditTable>
}

export interface RecordStore {
  /** Reads, outside any transaction. */
  readonly db: RecordDb
  /** One audited transaction: `fn` must append at least one audit record, or the write is refused. */
  write<T>(fn: (tx: RecordTx) => Promise<T>): Promise<T>
  /** Bookkeeping that is not a decision (webhook attempts, monitor progress): a plain transaction. */
  track<T>(fn: (db: RecordTransaction) => Promise<T>): Promise<T>
}

export class KyselyRecords implements RecordStore {
  constructor(private readonly tables: Kysely<Tables>) {}

  get db(): RecordDb {
    return this.tables as unknown as RecordDb
  }

  write<T>(fn: (tx: RecordTx) => Promise<T>): Promise<T> {
    return this.tables.transaction().execute(async (trx) => {
      await lockAuditChain(trx)
      let audited = 0
      const result = await fn({
        db: trx as unknown as RecordTransaction,
        audit: (entry) => {
          audited++
          return appendAudit(trx, entry, true)
        },
      })
      if (audited === 0) throw new Error('An audited write appended no audit record; refusing to commit it.')
      return result
    })
  }

  track<T>(fn: (db: RecordTransaction) => Promise<T>): Promise<T> {
    return this.tables.transaction().execute((trx) => fn(trx as unknown as RecordTransaction))
  }
}
