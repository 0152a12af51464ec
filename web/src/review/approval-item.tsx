/**
 * One alert in the reviewer's queue: both sides in a line, the proposed decision with its reason,
 * and approve/reject right there. The detail is read per alert, since the list omits decisions.
 */
import { Link } from 'wouter'
import { ErrorBox, Loading } from '../components/status'
import { ScoreBar, ScriptText } from '../components/text'
import { actorName, decisionLabel, subjectName } from './format'
import { useAlert } from './queries'
import { ReviewForm } from './review-form'
import type { AlertView } from './types'
import { When } from '../components/when'

export function ApprovalItem({ alert, onReviewed }: { alert: AlertView; onReviewed: (alert: AlertView) => void }) {
  const detail = useAlert(alert.id)
  const pending = detail.data?.decisions.find((d) => d.status === 'pending')
  const headingId = `approval-${alert.id}`
  return (
    <article className="panel approval" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link href={`/alerts/${alert.id}`}>
          Alert {alert.id}: <ScriptText>{subjectName(alert.subject)}</ScriptText>
        </Link>
      </h2>
      <p>
        Matched <ScriptText>{alert.entity.caption}</ScriptText> ({alert.entity.datasets.join(', ')}){' '}
        <ScoreBar score={alert.score} label={`Score of alert ${alert.id}`} />
      </p>
      {detail.isPending && <Loading what="the proposed decision" />}
      {detail.error && <ErrorBox error={detail.error} title="The decision could not be read" />}
      {detail.data && !pending && <p className="muted">No decision waits on this alert any more.</p>}
      {pending && (
        <>
          <p>
            <strong>{decisionLabel(pending.decision)}</strong> proposed by {actorName(pending.decided_by)}, <When at={pending.decided_at} />:
          </p>
          <p className="quote">{pending.reason}</p>
          <ReviewForm alertId={alert.id} pending={pending} onDone={onReviewed} />
        </>
      )}
    </article>
  )
}
