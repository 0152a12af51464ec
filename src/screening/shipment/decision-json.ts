/** A shipment decision as JSON (API and CLI): each party's matches as every edge shows a screened entity. */
import type { DerivedRisk } from '../../network/risk-types.js'
import { presentResults } from '../entity-view/screened-entity.js'
import type { ShipmentDecision } from './screen-shipment.js'

/** `risks` is the data version's derived risk (data.risk), for the topics and paths of each match. */
export function decisionJson(d: ShipmentDecision, risks: ReadonlyMap<string, DerivedRisk>) {
  return {
    decision: d.decision,
    reasons: d.reasons,
    notes: d.notes,
    parties: d.parties.map((p) => ({
      index: p.index,
      role: p.role,
      name: p.name,
      country: p.country,
      matches: presentResults(p.matches, risks),
      risk: p.risk,
    })),
    warnings: d.warnings,
    data_version: d.data_version,
    algorithm: d.algorithm,
  }
}
