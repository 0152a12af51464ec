/** Screening results in yente's `/match` response shape. */
import type { Matchable } from '../index/matchable.js'
import type { ScreenResult } from '../screening/screen-query.js'
import type { ExampleResult } from '../screening/match-examples.js'
import { toEntityResponse } from './entity-response.js'
import type { ScoredEntity } from './schemas/match.js'
import type { z } from 'zod'
import type { entityMatches } from './schemas/match.js'

/** One scored candidate: the entity, its score, and each feature's score and explanation. */
export function toScoredEntity(result: ScreenResult): ScoredEntity {
  const features: Record<string, number> = {}
  const explanations: ScoredEntity['explanations'] = {}
  for (const [name, e] of Object.entries(result.explanations)) {
    features[name] = e.score
    explanations[name] = { score: e.score, detail: e.detail ?? null, query: e.query ?? null, candidate: e.candidate ?? null, weight: e.weight }
  }
  return { ...toEntityResponse(result.entity), score: result.score, match: result.match, features, explanations }
}

/** The response for one example, echoing the cleaned query (countries as codes, dates as ISO). */
export function toEntityMatches(result: ExampleResult, id: string | null | undefined): z.infer<typeof entityMatches> {
  return {
    status: 200,
    results: result.results.map(toScoredEntity),
    total: { value: result.matches, relation: 'eq' },
    query: echoQuery(result.query, id),
  }
}

function echoQuery(query: Matchable, id: string | null | undefined) {
  return { ...(id ? { id } : {}), schema: query.schema, properties: query.entity.properties }
}
