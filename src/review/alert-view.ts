/** An alert as the API, the CLI and webhooks show it: one shape, built from its stored row. */
import type { Selectable } from 'kysely'
import type { AlertTable } from '../store/records/tables.js'
import type { ScreenedHit, Subject } from './screened-hit.js'

export interface AlertView {
  id: number
  status: string
  resolution: string | null
  trigger: string
  trigger_details: Record<string, unknown> | null
  subject: Subject
  subject_key: string
  client_id: string | null
  /** The matched entity as screened when the alert opened: score, match, explanations, topics and paths. */
  entity: ScreenedHit
  score: number
  dataset: string
  data_version: string
  screening_id: number
  monitor_id: number | null
  case_id: number | null
  assignee: string | null
  opened_at: string
  updated_at: string
  closed_at: string | null
}

export function toAlertView(row: Selectable<AlertTable>): AlertView {
  return {
    id: row.id,
    status: row.status,
    resolution: row.resolution,
    trigger: row.trigger,
    trigger_details: row.trigger_details ? (JSON.parse(row.trigger_details) as Record<string, unknown>) : null,
    subject: JSON.parse(row.subject) as Subject,
    subject_key: row.subject_key,
    client_id: row.client_id,
    entity: JSON.parse(row.entity) as ScreenedHit,
    score: row.score,
    dataset: row.dataset,
    data_version: row.data_version,
    screening_id: row.screening_id,
    monitor_id: row.monitor_id,
    case_id: row.case_id,
    assignee: row.assignee,
    opened_at: row.opened_at,
    updated_at: row.updated_at,
    closed_at: row.closed_at,
  }
}
