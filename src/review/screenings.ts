/** Reading recorded screenings back: who screened whom, when, against which data version, and what came of it. */
import { AppError } from '../errors.js'
import type { RecordStore } from '../store/records/record-store.js'
import type { ScreenedHit, Subject } from './screened-hit.js'

export interface ScreeningView {
  id: number
  at: string
  actor: string
  source: string
  dataset: string
  algorithm: string
  threshold: number
  review_threshold: number
  data_version: string
  subject: Subject
  subject_key: string
  monitor_id: number | null
  context: Record<string, unknown> | null
  alerts: number[]
  results?: Array<ScreenedHit & { review: { status: string; alert_id?: number }; suppressed?: { by: number } }>
}

export async function getScreening(records: RecordStore, id: number, options: { results?: boolean } = {}): Promise<ScreeningView> {
  const row = await records.db.selectFrom('screenings').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError('not_found', `No recorded screening ${id}.`)
  const results = await records.db.selectFrom('screening_results').selectAll().where('screening_id', '=', id).orderBy('rank').execute()
  const view: ScreeningView = {
    id: row.id,
    at: row.at,
    actor: row.actor,
    source: row.source,
    dataset: row.dataset,
    algorithm: row.algorithm,
    threshold: row.threshold,
    review_threshold: row.review_threshold,
    data_version: row.data_version,
    subject: JSON.parse(row.subject) as Subject,
    subject_key: row.subject_key,
    monitor_id: row.monitor_id,
    context: row.context ? (JSON.parse(row.context) as Record<string, unknown>) : null,
    alerts: [...new Set(results.flatMap((r) => (r.alert_id === null ? [] : [r.alert_id])))],
  }
  if (options.results) {
    view.results = results.map((r) => ({
      ...(JSON.parse(r.entity) as ScreenedHit),
      review: { status: r.status, ...(r.alert_id !== null ? { alert_id: r.alert_id } : {}) },
      ...(r.suppressed_by !== null ? { suppressed: { by: r.suppressed_by } } : {}),
    }))
  }
  return view
}

export async function listScreenings(records: RecordStore, query: { subject?: string; limit: number; offset: number }) {
  let q = records.db.selectFrom('screenings').select('id').orderBy('id', 'desc').limit(query.limit).offset(query.offset)
  if (query.subject) q = q.where((eb) => eb.or([eb('subject_key', '=', query.subject!), eb('client_id', '=', query.subject!)]))
  const ids = await q.execute()
  return { screenings: await Promise.all(ids.map((r) => getScreening(records, r.id))), limit: query.limit, offset: query.offset }
}
