/** Screening results in yente's `/match` response shape. */
import type { Matchable } from '../index/matchable.js'
import type { ScreenResult } from '../screening/screen-query.js'
import { isScreened, type ExampleResult } from '../screening/match-examples.js'
import type { DerivedRisk } from '../network/risk-types.js'
import { toEntityResponse } from '../screening/entity-view/entity-response.js'
import { withDerivedRisk } from '../screening/entity-view/derived-risk.js'
import type { ScoredEntity } from './schemas/match.js'
import type { z } from 'zod'
import type { entityMatches, queryError } from './schemas/match.js'

/** One scored candidate: the entity, its score, and each feature's score and explanation. */
export function toScoredEntity(result: ScreenResult, risk?: DerivedRisk): ScoredEntity {
  const features: Record<string, number> = {}
  const explanations: ScoredEntity['explanations'] = {}
  for (const [name, e] of Object.entries(result.explanations)) {
    features[name] = e.score
    explanations[name] = { score: e.score, detail: e.detail ?? null, query: e.query ?? null, candidate: e.candidate ?? null, weight: e.weight }
  }
  return { ...withDerivedRisk(toEntityResponse(result.entity), risk), score: result.score, match: result.match, features, explanations }
}

/**
 * The response for one example, echoing the cleaned query (countries as codes, dates as ISO); `risks`
 * from the index. An example that could not be screened gets yente's per-query error instead, with
 * no `results`: a client that skips `status` fails loudly rather than reading "no match".
 */
export function toEntityMatches(
  result: ExampleResult,
  id: string | null | undefined,
  risks?: Map<string, DerivedRisk>,
): z.infer<typeof entityMatches> | z.infer<typeof queryError> {
  if (!isScreened(result)) return { status: result.status, code: result.code, detail: result.detail }
  return {
    status: 200,
    results: result.results.map((r) => toScoredEntity(r, risks?.get(r.entity.id))),
    total: { value: result.matches, relation: 'eq' },
    query: echoQuery(result.query, id),
  }
}

function echoQuery(query: Matchable, id: string | null | undefined) {
  return { ...(id ? { id } : {}), schema: query.schema, properties: query.entity.properties }
}
