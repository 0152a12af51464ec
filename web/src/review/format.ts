/** Words for the review layer's codes and times, the same on every page. */
import type { AlertStatus, Decision } from './types'

export const STATUS_LABELS: Record<AlertStatus, string> = {
  open: 'Open',
  escalated: 'Escalated',
  pending_review: 'Awaiting review',
  closed: 'Closed',
}

export const DECISION_LABELS: Record<Decision, string> = {
  true_match: 'True match',
  false_positive: 'False positive',
  escalate: 'Escalate',
}

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as AlertStatus] ?? status
}

export function decisionLabel(decision: string | null | undefined): string {
  if (!decision) return '—'
  return DECISION_LABELS[decision as Decision] ?? decision
}

/** "user:ana" → "ana"; the CLI and the system keep their prefix, since they are not sign-in users. */
export function actorName(actor: string | null | undefined): string {
  if (!actor) return '—'
  return actor.startsWith('user:') ? actor.slice(5) : actor
}

/** The subject's first name (or other identifying value), for a table cell. */
export function subjectName(subject: { properties: Record<string, unknown[]> }): string {
  const first = subject.properties.name?.[0] ?? Object.values(subject.properties)[0]?.[0]
  return first === undefined ? '(no name)' : String(first)
}

/** A property's values as text: strings as they are, anything else as JSON. */
export function valuesText(values: unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('; ')
}

export { formatTime } from '../components/when'
