/**
 * Deciding an alert, four-eyes: an analyst proposes `true_match` or `false_positive` with a reason,
 * and a reviewer who is not the one who proposed it approves (the alert closes; a false positive
 * whitelists the pair) or rejects (the alert is open again). `escalate` needs no second person: it
 * marks the alert for a senior look and keeps it open.
 */
import { AppError } from '../errors.js'
import type { RecordStore, RecordTx } from '../store/records/record-store.js'
import { toAlertView, type AlertView } from './alert-view.js'
import { findAlert } from './alerts.js'
import { snapshotOf } from './entity-snapshot.js'
import { enqueueEvent } from './events.js'
import { actorOf, type Principal } from './principal.js'

export const DECISIONS = ['true_match', 'false_positive', 'escalate'] as const
export type Decision = (typeof DECISIONS)[number]

export async function proposeDecision(
  records: RecordStore,
  by: Principal,
  alertId: number,
  proposal: { decision: Decision; reason: string },
): Promise<AlertView> {
  const reason = proposal.reason.trim()
  if (!reason) throw new AppError('bad_input', 'A decision needs a reason: what was compared, and why it is (or is not) the same party.', { field: 'reason' })
  return records.write(async (tx) => {
    const alert = await findAlert(tx.db, alertId)
    if (alert.status === 'closed') throw new AppError('conflict', `Alert ${alertId} is closed (${alert.resolution}); nothing more can be decided on it.`)
    if (alert.status === 'pending_review') {
      throw new AppError('conflict', `Alert ${alertId} has a decision waiting for review; a reviewer approves or rejects it first.`)
    }
    const now = new Date().toISOString()
    const actor = actorOf(by)
    const needsReview = proposal.decision !== 'escalate'
    const { id } = await tx.db
      .insertInto('decisions')
      .values({
        alert_id: alertId,
        decision: proposal.decision,
        reason,
        decided_by: actor,
        decided_at: now,
        status: needsReview ? 'pending' : 'recorded',
        reviewed_by: null,
        reviewed_at: null,
        review_reason: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const status = needsReview ? 'pending_review' : 'escalated'
    await tx.db.updateTable('alerts').set({ status, updated_at: now }).where('id', '=', alertId).execute()
    await tx.audit({ actor, action: 'decision.proposed', target: `alert:${alertId}`, details: { decision_id: id, decision: proposal.decision, reason } })
    return { ...alert, status, updated_at: now }
  })
}

export async function reviewDecision(records: RecordStore, by: Principal, alertId: number, review: { approve: boolean; reason?: string }): Promise<AlertView> {
  return records.write(async (tx) => {
    const alert = await findAlert(tx.db, alertId)
    if (alert.status === 'closed') throw new AppError('conflict', `Alert ${alertId} is closed already (${alert.resolution}).`)
    const pending = await tx.db.selectFrom('decisions').selectAll().where('alert_id', '=', alertId).where('status', '=', 'pending').executeTakeFirst()
    if (!pending) throw new AppError('conflict', `Alert ${alertId} has no decision waiting for review (status ${alert.status}).`)
    const actor = actorOf(by)
    if (pending.decided_by === actor) {
      throw new AppError('conflict', `Four-eyes: ${actor} proposed this decision and cannot review it; another reviewer must.`)
    }
    const now = new Date().toISOString()
    const reason = review.reason?.trim() || null
    await tx.db
      .updateTable('decisions')
      .set({ status: review.approve ? 'approved' : 'rejected', reviewed_by: actor, reviewed_at: now, review_reason: reason })
      .where('id', '=', pending.id)
      .execute()
    if (!review.approve) {
      await tx.db.updateTable('alerts').set({ status: 'open', updated_at: now }).where('id', '=', alertId).execute()
      await tx.audit({ actor, action: 'decision.rejected', target: `alert:${alertId}`, details: { decision_id: pending.id, reason } })
      return { ...alert, status: 'open', updated_at: now }
    }
    return closeAlert(tx, { alert, decisionId: pending.id, resolution: pending.decision, actor, reason, now })
  })
}

async function closeAlert(
  tx: RecordTx,
  c: { alert: AlertView; decisionId: number; resolution: string; actor: string; reason: string | null; now: string },
): Promise<AlertView> {
  const { alert, now } = c
  await tx.db.updateTable('alerts').set({ status: 'closed', resolution: c.resolution, closed_at: now, updated_at: now }).where('id', '=', alert.id).execute()
  await tx.audit({ actor: c.actor, action: 'decision.approved', target: `alert:${alert.id}`, details: { decision_id: c.decisionId, reason: c.reason } })
  if (c.resolution === 'false_positive') {
    const { id } = await tx.db
      .insertInto('whitelist')
      .values({
        subject_key: alert.subject_key,
        entity_id: alert.entity.id,
        entity_snapshot: JSON.stringify(snapshotOf(alert.entity)),
        decision_id: c.decisionId,
        alert_id: alert.id,
        created_at: now,
        removed_at: null,
        removed_by: null,
        removed_reason: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await tx.audit({
      actor: c.actor,
      action: 'whitelist.added',
      target: `whitelist:${id}`,
      details: { subject_key: alert.subject_key, entity_id: alert.entity.id, decision_id: c.decisionId, alert_id: alert.id },
    })
  }
  const row = await tx.db.selectFrom('alerts').selectAll().where('id', '=', alert.id).executeTakeFirstOrThrow()
  const closed = toAlertView(row)
  await enqueueEvent(tx.db, 'alert.closed', { alert: closed })
  return closed
}

export async function assignAlert(records: RecordStore, by: Principal, alertId: number, assignee: string | null): Promise<AlertView> {
  return records.write(async (tx) => {
    const alert = await findAlert(tx.db, alertId)
    if (assignee !== null) {
      const user = await tx.db.selectFrom('users').select('id').where('name', '=', assignee).executeTakeFirst()
      if (!user) throw new AppError('bad_input', `No user '${assignee}' to assign alert ${alertId} to.`, { field: 'assignee' })
    }
    const now = new Date().toISOString()
    await tx.db.updateTable('alerts').set({ assignee, updated_at: now }).where('id', '=', alertId).execute()
    await tx.audit({ actor: actorOf(by), action: 'alert.assigned', target: `alert:${alertId}`, details: { assignee, previous: alert.assignee } })
    return { ...alert, assignee, updated_at: now }
  })
}
