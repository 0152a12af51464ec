/**
 * Approve or reject the decision waiting on an alert, as a reviewer who did not propose it. The API
 * enforces four-eyes; its refusal is shown as it is, so the reviewer knows who else must review.
 */
import { useId, useState } from 'react'
import { api } from '../api/client'
import { useSession } from '../auth/session'
import { ErrorBox } from '../components/status'
import { actorName } from './format'
import type { AlertView, DecisionView } from './types'
import { useReviewChange } from './use-review-change'

export function ReviewForm({ alertId, pending, onDone }: { alertId: number; pending: DecisionView; onDone?: (alert: AlertView) => void }) {
  const { me } = useSession()
  const [reason, setReason] = useState('')
  const [done, setDone] = useState<string>()
  const id = useId()
  const review = useReviewChange(
    ({ verb }: { verb: 'approve' | 'reject' }) => api.post<AlertView>(`/v1/alerts/${alertId}/${verb}`, { reason: reason.trim() || undefined }),
    (alert) => {
      setDone(alert.status === 'closed' ? `Approved: alert ${alertId} is closed.` : `Rejected: alert ${alertId} is open again.`)
      setReason('')
      onDone?.(alert)
    },
  )
  const own = me !== undefined && actorName(pending.decided_by) === me.user
  return (
    <form className="stack" onSubmit={(e) => e.preventDefault()} aria-label={`Review the decision on alert ${alertId}`}>
      {own && <p className="notice">You proposed this decision: four-eyes means another reviewer must approve or reject it.</p>}
      <label htmlFor={`${id}-reason`}>Review reason (optional)</label>
      <textarea id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={5000} />
      <div className="review-actions">
        <button type="button" className="approve" disabled={review.isPending} onClick={() => review.mutate({ verb: 'approve' })}>
          Approve
        </button>
        <button type="button" className="danger" disabled={review.isPending} onClick={() => review.mutate({ verb: 'reject' })}>
          Reject
        </button>
      </div>
      <div role="status">{done && <p className="success">{done}</p>}</div>
      {review.error && <ErrorBox error={review.error} title="The review was not recorded" />}
    </form>
  )
}
