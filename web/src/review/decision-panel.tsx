/**
 * The decision form beside the inbox, opened by a decision key on the selected alert, so a queue
 * can be worked without leaving it. Escape or "Close" puts the user back on the row.
 */
import { useEffect, useRef } from 'react'
import { Link } from 'wouter'
import { ScriptText } from '../components/text'
import { DecisionForm } from './decision-form'
import { statusLabel, subjectName } from './format'
import type { AlertView, Decision } from './types'

export function DecisionPanel({
  alert,
  decision,
  onClose,
  onDone,
}: {
  alert: AlertView
  decision: Decision
  onClose: () => void
  onDone: (alert: AlertView) => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  const decidable = alert.status === 'open' || alert.status === 'escalated'
  useEffect(() => {
    if (!decidable) heading.current?.focus()
  }, [decidable])
  return (
    <section
      className="panel"
      aria-labelledby="decision-panel-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
      }}
    >
      <h2 id="decision-panel-heading" ref={heading} tabIndex={-1}>
        Decide alert {alert.id}
      </h2>
      <p>
        <ScriptText>{subjectName(alert.subject)}</ScriptText> against <ScriptText>{alert.entity.caption}</ScriptText> (score {alert.score.toFixed(2)}).{' '}
        <Link href={`/alerts/${alert.id}`}>Open the alert</Link> to compare them in full.
      </p>
      {decidable ? (
        <DecisionForm key={`${alert.id}:${decision}`} alertId={alert.id} initial={decision} autoFocusReason onDone={onDone} />
      ) : (
        <p className="notice">This alert is {statusLabel(alert.status).toLowerCase()}: it cannot be decided now.</p>
      )}
      <button type="button" onClick={onClose}>
        Close the decision form
      </button>
    </section>
  )
}
