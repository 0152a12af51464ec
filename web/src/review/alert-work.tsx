/**
 * What the signed-in user may do on an alert, and only that: decide (work) while it is open or
 * escalated, approve or reject (review) while a decision waits, assign and open a case (work).
 */
import { api } from '../api/client'
import { useCan } from '../auth/session'
import { DecisionForm } from './decision-form'
import { AssignForm } from './assign-form'
import { OpenCaseButton } from './open-case-button'
import { ReviewForm } from './review-form'
import type { AlertDetail } from './types'
import { actorName, decisionLabel } from './format'

export function AlertWork({ alert }: { alert: AlertDetail }) {
  const canWork = useCan('work')
  const canReview = useCan('review')
  const pending = alert.decisions.find((d) => d.status === 'pending')
  const decidable = alert.status === 'open' || alert.status === 'escalated'
  return (
    <>
      {pending && (
        <section className="panel" aria-labelledby="pending-heading">
          <h2 id="pending-heading">Decision awaiting review</h2>
          <p>
            <strong>{decisionLabel(pending.decision)}</strong>, proposed by {actorName(pending.decided_by)}:
          </p>
          <p className="quote">{pending.reason}</p>
          {canReview ? <ReviewForm alertId={alert.id} pending={pending} /> : <p className="muted">A reviewer approves or rejects it.</p>}
        </section>
      )}
      {canWork && decidable && (
        <section className="panel" aria-labelledby="decide-heading">
          <h2 id="decide-heading">Decide</h2>
          <DecisionForm alertId={alert.id} />
        </section>
      )}
      {canWork && (
        <section className="panel" aria-labelledby="assign-heading">
          <h2 id="assign-heading">Assignment</h2>
          <AssignForm what={`alert ${alert.id}`} current={alert.assignee} assign={(assignee) => api.post(`/v1/alerts/${alert.id}/assign`, { assignee })} />
          {alert.case_id === null && <OpenCaseButton alert={alert} />}
        </section>
      )}
    </>
  )
}
