/** The good-guy list: pairs cleared by an approved false positive, listed and removed by an admin. */
import { AppError } from '../errors.js'
import type { RecordStore } from '../store/records/record-store.js'
import { actorOf, type Principal } from './principal.js'

export interface WhitelistEntry {
  id: number
  subject_key: string
  entity_id: string
  decision_id: number
  alert_id: number
  created_at: string
  entity_snapshot: Record<string, string[]>
  removed_at: string | null
  removed_by: string | null
  removed_reason: string | null
}

export async function listWhitelist(records: RecordStore, options: { includeRemoved?: boolean } = {}): Promise<WhitelistEntry[]> {
  let q = records.db.selectFrom('whitelist').selectAll().orderBy('id')
  if (!options.includeRemoved) q = q.where('removed_at', 'is', null)
  const rows = await q.execute()
  return rows.map((r) => ({ ...r, entity_snapshot: JSON.parse(r.entity_snapshot) as Record<string, string[]> }))
}

export async function removeFromWhitelist(records: RecordStore, by: Principal, id: number, reason?: string): Promise<WhitelistEntry> {
  return records.write(async (tx) => {
    const row = await tx.db.selectFrom('whitelist').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw new AppError('not_found', `No whitelist entry ${id}. GET /v1/whitelist lists them.`)
    if (row.removed_at) throw new AppError('conflict', `Whitelist entry ${id} no longer applies (${row.removed_reason ?? 'removed'}, ${row.removed_at}).`)
    const now = new Date().toISOString()
    const removed_reason = reason?.trim() || 'removed by an admin'
    const actor = actorOf(by)
    await tx.db.updateTable('whitelist').set({ removed_at: now, removed_by: actor, removed_reason }).where('id', '=', id).execute()
    await tx.audit({
      actor,
      action: 'whitelist.removed',
      target: `whitelist:${id}`,
      details: { subject_key: row.subject_key, entity_id: row.entity_id, reason: removed_reason },
    })
    return { ...row, entity_snapshot: JSON.parse(row.entity_snapshot) as Record<string, string[]>, removed_at: now, removed_by: actor, removed_reason }
  })
}
