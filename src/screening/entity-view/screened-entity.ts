/**
 * One screened entity, as every edge shows it: /match, `vigil match --json`, batch files and
 * shipment decisions serialize this shape, so the same hit reads the same everywhere. The entity in
 * yente's form with its derived topics and proof paths, its score, whether it is a match, and each
 * feature's part in the score. Plain data: batch rows carry it across threads and job queues.
 */
import type { DerivedRisk, RiskPath } from '../../network/risk-types.js'
import type { ScreenResult } from '../screen-query.js'
import { withDerivedRisk } from './derived-risk.js'
import { toEntityResponse, type EntityResponse } from './entity-response.js'

/** One feature's part: its score before weighting, why, the values it compared, and its weight. */
export interface ScreenedExplanation {
  score: number
  detail: string
  query: string | null
  candidate: string | null
  weight: number
}

export interface ScreenedEntity extends EntityResponse {
  paths: RiskPath[]
  risk_warnings?: string[]
  score: number
  match: boolean
  /** Each feature's score by name: yente's field, the same numbers as in `explanations`. */
  features: Record<string, number>
  explanations: Record<string, ScreenedExplanation>
}

/** The result as every edge shows it; `risk` is the network's derived risk of its entity, if any. */
export function presentScreened(result: ScreenResult, risk?: DerivedRisk): ScreenedEntity {
  const features: Record<string, number> = {}
  const explanations: Record<string, ScreenedExplanation> = {}
  for (const [name, e] of Object.entries(result.explanations)) {
    features[name] = e.score
    explanations[name] = { score: e.score, detail: e.detail, query: e.query ?? null, candidate: e.candidate ?? null, weight: e.weight }
  }
  return { ...withDerivedRisk(toEntityResponse(result.entity), risk), score: result.score, match: result.match, features, explanations }
}

/** Every result of a screening, each with its derived risk from `risks` (a data version's, by canonical id). */
export function presentResults(results: ScreenResult[], risks: ReadonlyMap<string, DerivedRisk> | undefined): ScreenedEntity[] {
  return results.map((r) => presentScreened(r, risks?.get(r.entity.id)))
}

/** The entity's topics: its lists' and the derived ones. */
export function topicsOf(screened: ScreenedEntity): string[] {
  return (screened.properties.topics ?? []).map(String)
}
