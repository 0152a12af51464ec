/**
 * Appending to the audit chain inside the transaction of the write it records. The head row is
 * updated first: on PostgreSQL that row lock, on SQLite the write lock it takes, orders every
 * audited write, so two nodes never append the same sequence number or fork the chain.
 */
import type { Transaction } from 'kysely'
import type { Tables } from '../tables.js'
import { auditHash, canonicalJson } from './audit-hash.js'
import type { AuditTable } from './tables.js'

export interface AuditEntry {
  /** Who: `user:NAME`, `cli:OS-USER`, or `system` for what Vigil does by itself (monitoring). */
  actor: string
  /** What, as `noun.verb`: screening.recorded, alert.opened, decision.approved, dataset.imported… */
  action: string
  /** What it was done to: `alert:12`, `user:ana`, `dataset:us_ofac_sdn`. */
  target: string
  dataVersion?: string | null
  details?: Record<string, unknown>
}

/** Take the chain's lock for the rest of the transaction; call before the transaction's first read. */
export async function lockAuditChain(trx: Transaction<Tables>): Promise<void> {
  await trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb.ref('seq') }))
    .where('id', '=', 1)
    .execute()
}

/** `locked`: the transaction took the chain's lock already (RecordStore.write does, first thing). */
export async function appendAudit(trx: Transaction<Tables>, entry: AuditEntry, locked = false): Promise<AuditTable> {
  if (!locked) await lockAuditChain(trx)
  const head = await trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow()
  const fields = {
    seq: head.seq + 1,
    at: new Date().toISOString(),
    actor: entry.actor,
    action: entry.action,
    target: entry.target,
    data_version: entry.dataVersion ?? null,
    details: canonicalJson(entry.details ?? {}),
    prev_hash: head.hash,
  }
  const record = { ...fields, hash: auditHash(fields) }
  await trx.insertInto('audit_log').values(record).execute()
  await trx.updateTable('audit_head').set({ seq: record.seq, hash: record.hash }).where('id', '=', 1).execute()
  return record
}
