/**
 * An audit record said in words ("proposed a false positive: …"), for histories a person reads
 * top to bottom. Unknown actions fall back to their code, so nothing new is ever hidden.
 */
import { actorName, decisionLabel } from './format'
import type { AuditRecord } from './types'

type Words = (details: Record<string, unknown>) => string

const text = (value: unknown) => (value === null || value === undefined || value === '' ? '' : String(value))

const ACTIONS: Record<string, Words> = {
  'alert.opened': (d) => `opened the alert (score ${text(d.score)}, ${text(d.trigger) || 'screening'})`,
  'alert.assigned': (d) => (d.assignee ? `assigned it to ${text(d.assignee)}` : 'unassigned it') + (d.previous ? ` (was ${text(d.previous)})` : ''),
  'decision.proposed': (d) => `proposed: ${decisionLabel(text(d.decision))}`,
  'decision.approved': () => 'approved the decision',
  'decision.rejected': () => 'rejected the decision',
  'case.opened': (d) => `opened the case “${text(d.title)}”`,
  'case.updated': (d) =>
    `changed ${Object.entries(d)
      .map(([field, v]) => `${field} from ${text((v as { from?: unknown }).from) || 'nothing'} to ${text((v as { to?: unknown }).to) || 'nothing'}`)
      .join(', ')}`,
  'case.commented': () => 'commented',
  'whitelist.added': (d) => `whitelisted the pair (entity ${text(d.entity_id)})`,
  'whitelist.removed': () => 'removed the whitelist entry',
  'monitor.created': (d) => `created the monitor “${text(d.name)}”`,
  'monitor.subjects_added': () => 'added subjects',
  'monitor.rescreened': () => 're-screened the book',
}

/** What the actor did, without the actor: "proposed: False positive". */
export function auditAction(record: AuditRecord): string {
  return ACTIONS[record.action]?.(record.details) ?? record.action
}

/** The free text a person wrote with the action (a reason, a comment), if any. */
export function auditNote(record: AuditRecord): string | undefined {
  const note = record.details.reason ?? record.details.body
  return typeof note === 'string' && note ? note : undefined
}

export function auditSentence(record: AuditRecord): string {
  return `${actorName(record.actor)} ${auditAction(record)}`
}
