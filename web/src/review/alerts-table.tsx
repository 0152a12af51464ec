/**
 * The alert queue as a table whose rows are focusable: one row is selected (highlighted,
 * aria-selected) and holds the tab stop, so j/k and the arrow keys walk the queue without the mouse.
 */
import { useEffect, useRef } from 'react'
import { Link } from 'wouter'
import { ScoreBar, ScriptText } from '../components/text'
import { AlertStatus } from './alert-status'
import { subjectName } from './format'
import type { AlertView } from './types'
import { When } from '../components/when'

export function AlertsTable({
  alerts,
  selected,
  onSelect,
  onOpen,
  label,
  focusSelected,
}: {
  alerts: AlertView[]
  selected: number
  onSelect: (index: number) => void
  onOpen: (alert: AlertView) => void
  label: string
  /** Bumped by the keyboard handler: move focus to the selected row. */
  focusSelected: number
}) {
  const body = useRef<HTMLTableSectionElement>(null)
  useEffect(() => {
    if (focusSelected > 0) body.current?.querySelectorAll<HTMLElement>('tr')[selected]?.focus()
  }, [focusSelected, selected])
  if (alerts.length === 0) return <p className="muted">No alerts match these filters.</p>
  return (
    <div className="table-scroll">
      <table className="inbox" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Alert</th>
            <th scope="col">Subject</th>
            <th scope="col">Matched entity</th>
            <th scope="col">Score</th>
            <th scope="col">Status</th>
            <th scope="col">Assignee</th>
            <th scope="col">Opened</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {alerts.map((alert, index) => (
            <tr
              key={alert.id}
              tabIndex={index === selected ? 0 : -1}
              aria-selected={index === selected}
              onClick={() => onSelect(index)}
              onFocus={() => onSelect(index)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(alert)
              }}
            >
              <td>
                <Link href={`/alerts/${alert.id}`} tabIndex={-1}>
                  #{alert.id}
                </Link>
              </td>
              <td>
                <ScriptText>{subjectName(alert.subject)}</ScriptText>
              </td>
              <td>
                <ScriptText>{alert.entity.caption}</ScriptText>
                <span className="muted"> · {alert.entity.datasets.join(', ')}</span>
              </td>
              <td>
                <ScoreBar score={alert.score} label={`Score of alert ${alert.id}`} />
              </td>
              <td>
                <AlertStatus status={alert.status} resolution={alert.resolution} />
              </td>
              <td>{alert.assignee ?? '—'}</td>
              <td>
                <When at={alert.opened_at} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
