/**
 * The derived risk of a matched entity (`sanction.control`, `sanction.linked`), with the paths that
 * prove it, as the ownership network computed it when the data version was built (src/network, data.risk).
 */
import { canonicalIdOf } from '../../model/clusters.js'
import type { Entity } from '../../model/entity.js'
import type { DataVersion } from '../data-version/data-version.js'
import type { DerivedRisk } from './shipment.js'

const NONE: DerivedRisk = { topics: [], paths: [], warnings: [] }

export function derivedRiskOf(data: DataVersion, entity: Entity): DerivedRisk {
  const risk = data.risk.get(canonicalIdOf(data.canonical, entity.id))
  if (risk === undefined) return NONE
  return {
    topics: risk.topics,
    paths: risk.paths.map((p) => ({
      topic: p.topic,
      steps: p.steps,
      listed: { id: p.listed.id, caption: p.listed.caption, schema: p.listed.schema, datasets: p.listed.datasets },
      kinds: p.links.map((l) => l.kind),
      explanation: p.explanation,
    })),
    warnings: risk.warnings,
  }
}

export function isListed(entity: Entity): boolean {
  return (entity.properties.topics ?? []).includes('sanction')
}
