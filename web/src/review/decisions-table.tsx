/** Every decision proposed on an alert, with its review: the four-eyes record at a glance. */
import { Badge } from '../components/text'
import { actorName, decisionLabel } from './format'
import type { DecisionView } from './types'
import { When } from '../components/when'

const REVIEW_WORDS = { pending: 'Awaiting review', recorded: 'Recorded (no review needed)', approved: 'Approved', rejected: 'Rejected' } as const
const REVIEW_TONES = { pending: 'warning', recorded: 'info', approved: 'ok', rejected: 'danger' } as const

export function DecisionsTable({ decisions }: { decisions: DecisionView[] }) {
  if (decisions.length === 0) return <p className="muted">No decision yet.</p>
  return (
    <div className="table-scroll">
      <table>
        <caption>Decisions</caption>
        <thead>
          <tr>
            <th scope="col">Decision</th>
            <th scope="col">Proposed by</th>
            <th scope="col">Reason</th>
            <th scope="col">Review</th>
            <th scope="col">Reviewed by</th>
            <th scope="col">Review reason</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((d) => (
            <tr key={d.id}>
              <td>{decisionLabel(d.decision)}</td>
              <td>
                {actorName(d.decided_by)}, <When at={d.decided_at} />
              </td>
              <td className="quote">{d.reason}</td>
              <td>
                <Badge tone={REVIEW_TONES[d.status]}>{REVIEW_WORDS[d.status]}</Badge>
              </td>
              <td>
                {d.reviewed_by ? (
                  <>
                    {actorName(d.reviewed_by)}, <When at={d.reviewed_at} />
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>{d.review_reason ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
