/**
 * The tables of decisions and records (users, keys, screenings, alerts, cases, whitelists, monitors,
 * webhooks, the audit chain), as Kysely sees them on both backends. JSON columns are text; booleans
 * are integers 0/1, which both databases store and compare alike. Times are ISO-8601 text in UTC.
 */
import type { Generated } from 'kysely'

export interface UserTable {
  id: Generated<number>
  name: string
  role: string
  /** scrypt, as `scrypt$N$r$p$salt$hash` (review/secrets.ts); null for a user who signs in by key only. */
  password_hash: string | null
  created_at: string
  disabled_at: string | null
}

export interface ApiKeyTable {
  /** Public part of the key, shown in listings and used to find the row; the secret is only hashed. */
  id: string
  user_id: number
  label: string
  secret_hash: string
  created_at: string
  revoked_at: string | null
}

export interface SessionTable {
  /** SHA-256 of the cookie's random token (256 bits, so a slow hash adds nothing). */
  token_hash: string
  user_id: number
  created_at: string
  expires_at: string
}

export interface ScreeningTable {
  id: Generated<number>
  at: string
  actor: string
  /** api (POST /v1/screenings, /match?record=true), shipment, batch, monitor. */
  source: string
  dataset: string
  algorithm: string
  threshold: number
  review_threshold: number
  data_version: string
  /** The subject as screened: { id?, schema, properties }, JSON. */
  subject: string
  subject_key: string
  client_id: string | null
  monitor_id: number | null
  /** What the screening was for beyond the subject, e.g. the shipment or batch line, JSON. */
  context: string | null
}

export interface ScreeningResultTable {
  screening_id: number
  rank: number
  entity_id: string
  score: number
  matched: number
  /** alert (at or above the threshold), possible (between the review threshold and it), suppressed. */
  status: string
  alert_id: number | null
  suppressed_by: number | null
  /** The screened entity as every edge shows it (screening/entity-view), JSON. */
  entity: string
}

export interface AlertTable {
  id: Generated<number>
  /** open, escalated, pending_review, closed */
  status: string
  subject_key: string
  subject: string
  client_id: string | null
  entity_id: string
  /** The matched entity as screened when the alert opened, JSON. */
  entity: string
  score: number
  dataset: string
  screening_id: number
  data_version: string
  /** screening, subject_added, dataset_updated, entity_changed */
  trigger: string
  trigger_details: string | null
  monitor_id: number | null
  case_id: number | null
  assignee: string | null
  /** true_match or false_positive once closed. */
  resolution: string | null
  opened_at: string
  updated_at: string
  closed_at: string | null
}

export interface DecisionTable {
  id: Generated<number>
  alert_id: number
  decision: string
  reason: string
  decided_by: string
  decided_at: string
  /** pending (waits for a second person), approved, rejected, recorded (escalations need no approval). */
  status: string
  reviewed_by: string | null
  reviewed_at: string | null
  review_reason: string | null
}

export interface WhitelistTable {
  id: Generated<number>
  subject_key: string
  entity_id: string
  /** What the matched entity said when the pair was cleared; a change lapses the entry. JSON. */
  entity_snapshot: string
  decision_id: number
  alert_id: number
  created_at: string
  removed_at: string | null
  removed_by: string | null
  /** Why it stopped suppressing: removed by an admin, or lapsed because the entity changed. */
  removed_reason: string | null
}

export interface CaseTable {
  id: Generated<number>
  title: string
  subject_key: string | null
  /** open, closed */
  status: string
  assignee: string | null
  created_by: string
  created_at: string
  updated_at: string
}

export interface CaseCommentTable {
  id: Generated<number>
  case_id: number
  author: string
  body: string
  at: string
}

export interface MonitorTable {
  id: Generated<number>
  name: string
  dataset: string
  algorithm: string
  threshold: number | null
  created_by: string
  created_at: string
}

export interface MonitorSubjectTable {
  monitor_id: number
  client_id: string
  subject: string
  subject_key: string
  added_at: string
}

export interface MonitorRunTable {
  monitor_id: number
  data_version: string
  started_at: string
  finished_at: string | null
  screened: number
  alerts: number
}

export interface WebhookTable {
  id: Generated<number>
  url: string
  /** JSON array of event names. */
  events: string
  /** Kept as given: signing needs it back, so it cannot be hashed like a password. */
  secret: string
  created_by: string
  created_at: string
  disabled_at: string | null
}

export interface WebhookDeliveryTable {
  id: Generated<number>
  webhook_id: number
  event: string
  payload: string
  /** pending, delivered, failed (gave up after the last attempt) */
  status: string
  attempts: number
  next_attempt_at: string
  /** A node sending it holds it until then, so two nodes never send one delivery at once. */
  claimed_until: string | null
  last_status: number | null
  last_error: string | null
  created_at: string
  delivered_at: string | null
}

export interface AuditTable {
  seq: number
  at: string
  actor: string
  action: string
  target: string
  data_version: string | null
  /** Canonical JSON (sorted keys), so the hash is computed over exactly what is stored. */
  details: string
  prev_hash: string
  hash: string
}

/** One row: the chain's last sequence number and hash, and the lock every audited write takes first. */
export interface AuditHeadTable {
  id: number
  seq: number
  hash: string
}

export interface RecordTables {
  users: UserTable
  api_keys: ApiKeyTable
  sessions: SessionTable
  screenings: ScreeningTable
  screening_results: ScreeningResultTable
  alerts: AlertTable
  decisions: DecisionTable
  whitelist: WhitelistTable
  cases: CaseTable
  case_comments: CaseCommentTable
  monitors: MonitorTable
  monitor_subjects: MonitorSubjectTable
  monitor_runs: MonitorRunTable
  webhooks: WebhookTable
  webhook_deliveries: WebhookDeliveryTable
  audit_log: AuditTable
  audit_head: AuditHeadTable
}
