/**
 * Propose a decision on an alert, with the reason a reviewer will read. True match and false
 * positive wait for a second person (four-eyes); escalate is recorded at once and keeps it open.
 */
import { type FormEvent, useId, useState } from 'react'
import { api } from '../api/client'
import { ErrorBox } from '../components/status'
import { DECISION_LABELS } from './format'
import { DECISIONS, type AlertView, type Decision } from './types'
import { useReviewChange } from './use-review-change'

const HINTS: Record<Decision, string> = {
  true_match: 'The subject is the listed party: a reviewer confirms before the alert closes.',
  false_positive: 'A different party: once a reviewer approves, the pair is whitelisted.',
  escalate: 'Needs a senior look: recorded at once, the alert stays open.',
}

export function DecisionForm({
  alertId,
  initial,
  autoFocusReason,
  onDone,
}: {
  alertId: number
  initial?: Decision
  autoFocusReason?: boolean
  onDone?: (alert: AlertView) => void
}) {
  const [decision, setDecision] = useState<Decision | undefined>(initial)
  const [reason, setReason] = useState('')
  const [done, setDone] = useState<string>()
  const ids = useId()
  const propose = useReviewChange(
    (input: { decision: Decision; reason: string }) => api.post<AlertView>(`/v1/alerts/${alertId}/decisions`, input),
    (alert) => {
      setDone(alert.status === 'pending_review' ? 'Decision proposed: it now waits for a reviewer.' : 'Escalation recorded.')
      setReason('')
      onDone?.(alert)
    },
  )
  function submit(event: FormEvent) {
    event.preventDefault()
    if (!decision) return
    setDone(undefined)
    propose.mutate({ decision, reason })
  }
  return (
    <form className="stack" onSubmit={submit} aria-label={`Decide alert ${alertId}`}>
      <fieldset className="radio-group">
        <legend>Decision</legend>
        {DECISIONS.map((d) => (
          <label key={d}>
            <input type="radio" name={`${ids}-decision`} value={d} checked={decision === d} onChange={() => setDecision(d)} required />
            {DECISION_LABELS[d]}
          </label>
        ))}
        {decision && <p className="muted">{HINTS[decision]}</p>}
      </fieldset>
      <label>
        Reason
        <textarea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          maxLength={5000}
          // biome-ignore lint/a11y/noAutofocus: the decision keys open this form to type the reason next.
          autoFocus={autoFocusReason}
          aria-describedby={`${ids}-reason-hint`}
        />
        <span id={`${ids}-reason-hint`} className="muted">
          What was compared, and why it is (or is not) the same party.
        </span>
      </label>
      <div>
        <button type="submit" className="primary" disabled={propose.isPending || !decision}>
          {propose.isPending ? 'Submitting…' : 'Submit decision'}
        </button>
      </div>
      <div role="status">{done && <p className="success">{done}</p>}</div>
      {propose.error && <ErrorBox error={propose.error} title="The decision was not recorded" />}
    </form>
  )
}
