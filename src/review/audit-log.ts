/**
 * Reading the audit chain: verify it end to end, page through it, export a period as JSON lines.
 * Verification recomputes every hash from the stored fields, so an edited row, a deleted one, rows
 * put in another order, or a tail cut off (the head remembers the last hash) are each named.
 */
import { AppError } from '../errors.js'
import { auditHash, GENESIS_HASH } from '../store/records/audit-hash.js'
import type { RecordStore } from '../store/records/record-store.js'
import type { AuditTable } from '../store/records/tables.js'

const PAGE = 1000

export type Verification = { ok: true; records: number; head: string } | { ok: false; records: number; seq: number; problem: string }

export async function verifyChain(records: RecordStore): Promise<Verification> {
  let expectedSeq = 1
  let prevHash = GENESIS_HASH
  let checked = 0
  for (;;) {
    const page = await records.db.selectFrom('audit_log').selectAll().where('seq', '>=', expectedSeq).orderBy('seq').limit(PAGE).execute()
    for (const row of page) {
      const problem = checkRecord(row, expectedSeq, prevHash)
      if (problem) return { ok: false, records: checked, seq: problem.seq, problem: problem.text }
      checked++
      expectedSeq++
      prevHash = row.hash
    }
    if (page.length < PAGE) break
  }
  const head = await records.db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst()
  if (!head || head.seq !== checked || head.hash !== prevHash) {
    return {
      ok: false,
      records: checked,
      seq: checked + 1,
      problem: `the chain ends at record ${checked}, but its head names record ${head?.seq ?? '?'}: records after ${checked} were deleted, or the head was edited`,
    }
  }
  return { ok: true, records: checked, head: prevHash }
}

function checkRecord(row: AuditTable, expectedSeq: number, prevHash: string): { seq: number; text: string } | undefined {
  if (row.seq !== expectedSeq) return { seq: expectedSeq, text: `record ${expectedSeq} is missing (the next record is ${row.seq}): deleted` }
  if (row.prev_hash !== prevHash)
    return { seq: row.seq, text: `record ${row.seq} does not follow record ${row.seq - 1} (prev_hash differs): reordered or replaced` }
  if (auditHash(row) !== row.hash) return { seq: row.seq, text: `record ${row.seq} does not match its hash: edited after it was written` }
  return undefined
}

export interface AuditQuery {
  from?: string
  to?: string
  actor?: string
  action?: string
  target?: string
  /** Records after this sequence number (paging). */
  after?: number
  limit?: number
}

export interface AuditRecordView extends Omit<AuditTable, 'details'> {
  details: Record<string, unknown>
}

export async function listAudit(records: RecordStore, query: AuditQuery): Promise<{ records: AuditRecordView[]; next: number | null }> {
  const limit = Math.min(query.limit ?? 100, PAGE)
  let q = records.db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('seq')
    .limit(limit + 1)
  if (query.after !== undefined) q = q.where('seq', '>', query.after)
  if (query.from) q = q.where('at', '>=', checkTime(query.from, 'from'))
  if (query.to) q = q.where('at', '<', endOf(checkTime(query.to, 'to')))
  if (query.actor) q = q.where('actor', '=', query.actor)
  if (query.action) q = q.where('action', '=', query.action)
  if (query.target) q = q.where('target', '=', query.target)
  const rows = await q.execute()
  const page = rows.slice(0, limit).map(toView)
  return { records: page, next: rows.length > limit ? page.at(-1)!.seq : null }
}

/** Every record of a period, in order, for an auditor's file. */
export async function* exportAudit(records: RecordStore, query: Pick<AuditQuery, 'from' | 'to'>): AsyncIterable<AuditRecordView> {
  let after = 0
  for (;;) {
    const { records: page, next } = await listAudit(records, { ...query, after, limit: PAGE })
    yield* page
    if (next === null) return
    after = next
  }
}

/** The history of one target (an alert, a case), oldest first. */
export async function historyOf(records: RecordStore, target: string): Promise<AuditRecordView[]> {
  const rows = await records.db.selectFrom('audit_log').selectAll().where('target', '=', target).orderBy('seq').execute()
  return rows.map(toView)
}

function toView(row: AuditTable): AuditRecordView {
  return { ...row, details: JSON.parse(row.details) as Record<string, unknown> }
}

const DAY_OR_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/

function checkTime(value: string, field: string): string {
  if (!DAY_OR_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw new AppError('bad_input', `--${field} '${value}': expected a date (2026-12-01) or a UTC time (2026-12-01T10:00:00Z).`, { field })
  }
  return value
}

/** A bare day as `to` includes that whole day. */
function endOf(value: string): string {
  return value.length === 10 ? `${value}T99` : value
}
