/** The answer to a shipment: the decision first and large, then its reasons, each party's hits, and the report. */
import { When } from '../components/when'
import { useEffect, useRef } from 'react'
import { PartyHits } from './party-hits'
import { ReasonsTable } from './reasons-table'
import { ReportBox } from './report-box'
import { shipmentReport } from './report'
import type { ShipmentDecision } from './types'

const SUMMARY: Record<ShipmentDecision['decision'], string> = {
  block: 'Do not ship: at least one reason blocks this shipment.',
  review: 'Hold for an analyst: nothing blocks it, but some reasons need a person to check.',
  clear: 'No reason to hold this shipment.',
}

export function DecisionView({ decision, screenedAt }: { decision: ShipmentDecision; screenedAt: Date }) {
  const heading = useRef<HTMLHeadingElement>(null)
  // A new answer (mounted afresh for each, by its key) takes focus: keyboard and screen reader users land on it.
  useEffect(() => heading.current?.focus(), [])
  const blocking = decision.reasons.filter((r) => r.severity === 'block').length
  return (
    <section className="decision-view" aria-labelledby="decision-title">
      <h2 id="decision-title" ref={heading} tabIndex={-1}>
        Decision
      </h2>
      <div className={`decision-banner decision-${decision.decision}`} role="status" data-decision={decision.decision}>
        <p className="decision-word">{decision.decision}</p>
        <p>
          {SUMMARY[decision.decision]} {decision.reasons.length} reasons, {blocking} blocking.
        </p>
        <p className="muted">
          Data version <code>{decision.data_version}</code>, algorithm <code>{decision.algorithm}</code>, screened at <When at={screenedAt.toISOString()} />.
        </p>
      </div>
      <ReasonsTable reasons={decision.reasons} />
      {(decision.warnings ?? []).map((w) => (
        <p key={w} className="notice">
          {w}
        </p>
      ))}
      <h2>Parties and their hits</h2>
      {decision.parties.map((p) => (
        <PartyHits key={p.index} party={p} />
      ))}
      <ReportBox text={shipmentReport(decision, screenedAt)} />
    </section>
  )
}
