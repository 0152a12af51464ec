/**
 * Keeping a screening: the subject, who screened, when, against which data version and algorithm,
 * and every result with its score and explanation, in one audited transaction. A result at or above
 * the threshold opens an alert, unless an approved false positive covers the pair and the matched
 * entity has not changed since; one below the threshold but at or above the review threshold is
 * kept as a `possible` hit. An open alert for the same pair is not opened twice: the new screening
 * is linked to it.
 */
import type { RecordStore, RecordTx } from '../store/records/record-store.js'
import { toAlertView } from './alert-view.js'
import { describeChanges, snapshotChanges, snapshotOf, type EntitySnapshot } from './entity-snapshot.js'
import { enqueueEvent } from './events.js'
import { actorOf, type Principal } from './principal.js'
import type { ScreenedHit, Subject } from './screened-hit.js'
import { subjectKey } from './subject-key.js'

/** Why a screening happened, which an alert it opens names as its trigger. */
export type ScreeningTrigger = 'screening' | 'subject_added' | 'dataset_updated'

export interface ScreeningToRecord {
  subject: Subject
  results: ScreenedHit[]
  dataset: string
  algorithm: string
  threshold: number
  reviewThreshold: number
  dataVersion: string
  source: 'api' | 'match' | 'shipment' | 'batch' | 'monitor'
  trigger?: ScreeningTrigger
  monitorId?: number
  /** For a batch line or a shipment party: where in the input it was. */
  context?: Record<string, unknown>
}

export type ResultStatus = 'alert' | 'possible' | 'suppressed' | 'below'

export interface RecordedResult {
  entity_id: string
  score: number
  status: ResultStatus
  alert_id?: number
  /** The approved decision whose whitelist entry suppressed this result. */
  suppressed?: { by: number; whitelist_id: number }
}

export interface RecordedScreening {
  id: number
  subject_key: string
  results: RecordedResult[]
  /** Alerts this screening opened (not those it was linked to). */
  opened: number[]
}

export async function recordScreening(records: RecordStore, by: Principal, screening: ScreeningToRecord): Promise<RecordedScreening> {
  return records.write((tx) => recordIn(tx, by, screening))
}

async function recordIn(tx: RecordTx, by: Principal, s: ScreeningToRecord): Promise<RecordedScreening> {
  const key = subjectKey(s.subject)
  const at = new Date().toISOString()
  const actor = actorOf(by)
  const { id } = await tx.db
    .insertInto('screenings')
    .values({
      at,
      actor,
      source: s.source,
      dataset: s.dataset,
      algorithm: s.algorithm,
      threshold: s.threshold,
      review_threshold: s.reviewThreshold,
      data_version: s.dataVersion,
      subject: JSON.stringify(s.subject),
      subject_key: key,
      client_id: s.subject.id ?? null,
      monitor_id: s.monitorId ?? null,
      context: s.context ? JSON.stringify(s.context) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const results: RecordedResult[] = []
  const opened: number[] = []
  for (const hit of s.results) {
    const outcome = await classify(tx, { screeningId: id, key, hit, s, at, actor })
    if (outcome.opened) opened.push(outcome.opened)
    results.push(outcome.result)
  }
  // One insert for every result: on PostgreSQL each statement is a round trip.
  if (s.results.length > 0) {
    await tx.db
      .insertInto('screening_results')
      .values(
        s.results.map((hit, rank) => ({
          screening_id: id,
          rank,
          entity_id: hit.id,
          score: hit.score,
          matched: hit.match ? 1 : 0,
          status: results[rank]!.status,
          alert_id: results[rank]!.alert_id ?? null,
          suppressed_by: results[rank]!.suppressed?.by ?? null,
          entity: JSON.stringify(hit),
        })),
      )
      .execute()
  }
  await tx.audit({
    actor,
    action: 'screening.recorded',
    target: `screening:${id}`,
    dataVersion: s.dataVersion,
    details: {
      subject_key: key,
      source: s.source,
      dataset: s.dataset,
      algorithm: s.algorithm,
      threshold: s.threshold,
      results: results.map((r) => ({ entity_id: r.entity_id, score: r.score, status: r.status, alert_id: r.alert_id })),
    },
  })
  return { id, subject_key: key, results, opened }
}

interface Classifying {
  screeningId: number
  key: string
  hit: ScreenedHit
  s: ScreeningToRecord
  at: string
  actor: string
}

async function classify(tx: RecordTx, c: Classifying): Promise<{ result: RecordedResult; opened?: number }> {
  const { hit, s } = c
  const base = { entity_id: hit.id, score: hit.score }
  if (!hit.match) return { result: { ...base, status: hit.score >= s.reviewThreshold ? 'possible' : 'below' } }
  const snapshot = snapshotOf(hit)
  const cleared = await tx.db
    .selectFrom('whitelist')
    .selectAll()
    .where('subject_key', '=', c.key)
    .where('entity_id', '=', hit.id)
    .where('removed_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst()
  let lapsed: { whitelist_id: number; decision_id: number; changes: ReturnType<typeof snapshotChanges> } | undefined
  if (cleared) {
    const changes = snapshotChanges(JSON.parse(cleared.entity_snapshot) as EntitySnapshot, snapshot)
    if (changes.length === 0) return { result: { ...base, status: 'suppressed', suppressed: { by: cleared.decision_id, whitelist_id: cleared.id } } }
    const reason = `the matched entity changed: ${describeChanges(changes)}`
    await tx.db.updateTable('whitelist').set({ removed_at: c.at, removed_by: 'system', removed_reason: reason }).where('id', '=', cleared.id).execute()
    await tx.audit({
      actor: 'system',
      action: 'whitelist.lapsed',
      target: `whitelist:${cleared.id}`,
      dataVersion: s.dataVersion,
      details: { subject_key: c.key, entity_id: hit.id, decision_id: cleared.decision_id, changes },
    })
    lapsed = { whitelist_id: cleared.id, decision_id: cleared.decision_id, changes }
  } else {
    const open = await tx.db
      .selectFrom('alerts')
      .select('id')
      .where('subject_key', '=', c.key)
      .where('entity_id', '=', hit.id)
      .where('status', '!=', 'closed')
      .executeTakeFirst()
    if (open) return { result: { ...base, status: 'alert', alert_id: open.id } }
  }
  const alertId = await openAlert(tx, c, lapsed)
  return { result: { ...base, status: 'alert', alert_id: alertId }, opened: alertId }
}

async function openAlert(tx: RecordTx, c: Classifying, lapsed?: { whitelist_id: number; decision_id: number; changes: unknown }): Promise<number> {
  const { hit, s } = c
  const trigger = lapsed ? 'entity_changed' : (s.trigger ?? 'screening')
  const details = lapsed ? { ...lapsed, cause: s.trigger ?? 'screening' } : null
  const row = await tx.db
    .insertInto('alerts')
    .values({
      status: 'open',
      subject_key: c.key,
      subject: JSON.stringify(s.subject),
      client_id: s.subject.id ?? null,
      entity_id: hit.id,
      entity: JSON.stringify(hit),
      score: hit.score,
      dataset: s.dataset,
      screening_id: c.screeningId,
      data_version: s.dataVersion,
      trigger,
      trigger_details: details ? JSON.stringify(details) : null,
      monitor_id: s.monitorId ?? null,
      case_id: null,
      assignee: null,
      resolution: null,
      opened_at: c.at,
      updated_at: c.at,
      closed_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  await tx.audit({
    actor: c.actor,
    action: 'alert.opened',
    target: `alert:${row.id}`,
    dataVersion: s.dataVersion,
    details: {
      subject_key: c.key,
      entity_id: hit.id,
      score: hit.score,
      trigger,
      screening_id: c.screeningId,
      ...(details ? { trigger_details: details } : {}),
    },
  })
  await enqueueEvent(tx.db, 'alert.opened', { alert: toAlertView(row) })
  return row.id
}
