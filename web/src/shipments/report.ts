/** The decision as plain text an analyst pastes into a file note or an e-mail: nothing left out. */
import { roleLabel, type ShipmentDecision } from './types'

export function shipmentReport(d: ShipmentDecision, screenedAt: Date): string {
  const lines = [
    `Shipment screening: ${d.decision.toUpperCase()}`,
    `Screened at: ${screenedAt.toISOString()}`,
    `Data version: ${d.data_version}`,
    `Algorithm: ${d.algorithm}`,
    '',
    `Reasons (${d.reasons.length}):`,
    ...(d.reasons.length === 0 ? ['  none'] : d.reasons.map((r) => `  - [${r.severity}] ${r.code}: ${r.detail}`)),
    '',
    `Parties (${d.parties.length}):`,
  ]
  for (const p of d.parties) {
    const country = p.country.length > 0 ? ` (${p.country.join(', ')})` : ''
    lines.push(`  ${p.index + 1}. ${roleLabel(p.role)}: ${p.name}${country}`)
    if (p.screening_id !== undefined) lines.push(`     recorded as screening ${p.screening_id}`)
    if (p.matches.length === 0) lines.push('     no hits')
    for (const m of p.matches) {
      lines.push(`     - ${m.caption} [${m.id}] score ${m.score.toFixed(2)}${m.match ? ', match' : ''}; ${m.datasets.join(', ')}`)
    }
  }
  for (const warning of d.warnings ?? []) lines.push(`Warning: ${warning}`)
  return lines.join('\n')
}
