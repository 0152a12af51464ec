/** Finding alerts: a filtered page for the queue, one alert with its decisions and history. */
import { AppError } from '../errors.js'
import type { RecordDb, RecordStore } from '../store/records/record-store.js'
import { toAlertView, type AlertView } from './alert-view.js'
import { historyOf, type AuditRecordView } from './audit-log.js'

export const ALERT_STATUSES = ['open', 'escalated', 'pending_review', 'closed'] as const

export interface AlertQuery {
  status?: string
  dataset?: string
  assignee?: string
  /** Part of the subject's or the matched entity's text, any case. */
  q?: string
  monitor?: number
  limit: number
  offset: number
}

export async function listAlerts(records: RecordStore, query: AlertQuery): Promise<{ alerts: AlertView[]; total: number; limit: number; offset: number }> {
  if (query.status && !(ALERT_STATUSES as readonly string[]).includes(query.status)) {
    throw new AppError('bad_input', `Unknown alert status '${query.status}'. Statuses: ${ALERT_STATUSES.join(', ')}.`, { field: 'status' })
  }
  let q = records.db.selectFrom('alerts')
  if (query.status) q = q.where('status', '=', query.status)
  if (query.dataset) q = q.where('dataset', '=', query.dataset)
  if (query.assignee) q = q.where('assignee', '=', query.assignee)
  if (query.monitor !== undefined) q = q.where('monitor_id', '=', query.monitor)
  if (query.q) {
    const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['subject']), 'like', like), eb(eb.fn('lower', ['entity']), 'like', like)]))
  }
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  const rows = await q.selectAll().orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute()
  return { alerts: rows.map(toAlertView), total: Number(total.n), limit: query.limit, offset: query.offset }
}

export interface DecisionView {
  id: number
  decision: string
  reason: string
  decided_by: string
  decided_at: string
  status: string
  reviewed_by: string | null
  reviewed_at: string | null
  review_reason: string | null
}

export interface AlertDetail extends AlertView {
  decisions: DecisionView[]
  history: AuditRecordView[]
}

export async function getAlert(records: RecordStore, id: number): Promise<AlertDetail> {
  const alert = await findAlert(records.db, id)
  const decisions = await records.db.selectFrom('decisions').selectAll().where('alert_id', '=', id).orderBy('id').execute()
  return { ...alert, decisions: decisions.map(({ alert_id: _, ...d }) => d), history: await historyOf(records, `alert:${id}`) }
}

export async function findAlert(db: RecordDb, id: number): Promise<AlertView> {
  const row = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError('not_found', `No alert ${id}. GET /v1/alerts lists them.`)
  return toAlertView(row)
}
