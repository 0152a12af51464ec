/** A plain table of alerts, each linked to its page: for a case's or a monitor's alerts. */
import { Link } from 'wouter'
import { ScoreBar, ScriptText } from '../components/text'
import { AlertStatus } from './alert-status'
import { subjectName } from './format'
import type { AlertView } from './types'
import { When } from '../components/when'

export function AlertListTable({ alerts, caption }: { alerts: AlertView[]; caption: string }) {
  if (alerts.length === 0) return <p className="muted">No alerts.</p>
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Alert</th>
            <th scope="col">Subject</th>
            <th scope="col">Matched entity</th>
            <th scope="col">Score</th>
            <th scope="col">Status</th>
            <th scope="col">Opened</th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((a) => (
            <tr key={a.id}>
              <td>
                <Link href={`/alerts/${a.id}`}>Alert {a.id}</Link>
              </td>
              <td>
                <ScriptText>{subjectName(a.subject)}</ScriptText>
              </td>
              <td>
                <ScriptText>{a.entity.caption}</ScriptText>
              </td>
              <td>
                <ScoreBar score={a.score} label={`Score of alert ${a.id}`} />
              </td>
              <td>
                <AlertStatus status={a.status} resolution={a.resolution} />
              </td>
              <td>
                <When at={a.opened_at} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
