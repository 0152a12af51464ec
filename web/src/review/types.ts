/** The review API's answers as the pages read them (src/review/*.ts builds them; names kept as sent). */

export type AlertStatus = 'open' | 'escalated' | 'pending_review' | 'closed'
export const ALERT_STATUSES: AlertStatus[] = ['open', 'escalated', 'pending_review', 'closed']

export type Decision = 'true_match' | 'false_positive' | 'escalate'
export const DECISIONS: Decision[] = ['true_match', 'false_positive', 'escalate']

export interface Subject {
  id?: string | null
  schema: string
  properties: Record<string, unknown[]>
}

export interface Explanation {
  score: number
  detail: string
  query?: string | null
  candidate?: string | null
  weight?: number
}

export interface RiskPath {
  topic: string
  steps: Array<{ id: string; caption: string; relation?: string }>
  listed: { id: string; caption: string; datasets: string[] }
  explanation: string
}

export interface ScreenedHit {
  id: string
  caption: string
  schema: string
  properties: Record<string, unknown[]>
  datasets: string[]
  score: number
  match: boolean
  paths?: RiskPath[]
  explanations?: Record<string, Explanation>
}

export interface AlertView {
  id: number
  status: AlertStatus
  resolution: string | null
  trigger: string
  trigger_details: Record<string, unknown> | null
  subject: Subject
  subject_key: string
  client_id: string | null
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

export interface DecisionView {
  id: number
  decision: Decision
  reason: string
  decided_by: string
  decided_at: string
  status: 'pending' | 'recorded' | 'approved' | 'rejected'
  reviewed_by: string | null
  reviewed_at: string | null
  review_reason: string | null
}

export interface AuditRecord {
  seq: number
  at: string
  actor: string
  action: string
  target: string
  data_version: string | null
  details: Record<string, unknown>
  prev_hash: string
  hash: string
}

export interface AlertDetail extends AlertView {
  decisions: DecisionView[]
  history: AuditRecord[]
}

export interface AlertPage {
  alerts: AlertView[]
  total: number
  limit: number
  offset: number
}

export interface CaseView {
  id: number
  title: string
  subject_key: string | null
  status: 'open' | 'closed'
  assignee: string | null
  created_by: string
  created_at: string
  updated_at: string
}

export interface CaseDetail extends CaseView {
  alerts: AlertView[]
  comments: Array<{ id: number; author: string; body: string; at: string }>
  history: AuditRecord[]
}

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

export interface MonitorView {
  id: number
  name: string
  dataset: string
  algorithm: string
  threshold: number | null
  created_by: string
  created_at: string
}

export interface MonitorRun {
  data_version: string
  started_at: string
  finished_at: string | null
  screened: number
  alerts: number
}

export interface MonitorDetail extends MonitorView {
  subjects: number
  open_alerts: number
  runs: MonitorRun[]
}
