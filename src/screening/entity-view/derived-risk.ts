/**
 * Derived risk on API entities, as OpenSanctions serves its own derived topics: the network's topics
 * (`sanction.control`, `sanction.linked`) merged into `properties.topics`, and a `paths` list with
 * the chain from the entity to each listed party that proves them (empty when there is none).
 */
import type { DerivedRisk, RiskPath } from '../../network/risk-types.js'
import type { EntityResponse } from './entity-response.js'

/** The response with derived topics and paths added; the input is not changed. */
export function withDerivedRisk<T extends EntityResponse>(response: T, risk: DerivedRisk | undefined): T & { paths: RiskPath[]; risk_warnings?: string[] } {
  if (!risk) return { ...response, paths: [] }
  const topics = [...(response.properties.topics ?? [])]
  for (const topic of risk.topics) if (!topics.includes(topic)) topics.push(topic)
  const properties = topics.length > 0 ? { ...response.properties, topics } : response.properties
  return { ...response, properties, paths: risk.paths, ...(risk.warnings.length > 0 ? { risk_warnings: risk.warnings } : {}) }
}
