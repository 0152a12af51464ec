/** A shipment decision as JSON (API and CLI): matched entities shown by id, caption, lists and topics. */
import type { ShipmentDecision } from './screen-shipment.js'

export function decisionJson(d: ShipmentDecision) {
  return {
    decision: d.decision,
    reasons: d.reasons,
    parties: d.parties.map((p) => ({
      index: p.index,
      role: p.role,
      name: p.name,
      country: p.country,
      matches: p.matches.map(({ entity, score, match }) => ({
        id: entity.id,
        schema: entity.schema,
        caption: entity.caption,
        datasets: entity.datasets,
        topics: entity.properties.topics ?? [],
        score,
        match,
      })),
      risk: p.risk,
    })),
    warnings: d.warnings,
    data_version: d.data_version,
    algorithm: d.algorithm,
  }
}
