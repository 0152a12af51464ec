/** Screening results in yente's `/match` response shape. */
import type { Matchable } from '../index/matchable.js'
import { isScreened, type ExampleResult } from '../screening/match-examples.js'
import type { DerivedRisk } from '../network/risk-types.js'
import { presentResults } from '../screening/entity-view/screened-entity.js'
import type { z } from 'zod'
import type { entityMatches, queryError } from './schemas/match.js'

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
    results: presentResults(result.results, risks),
    total: { value: result.matches, relation: 'eq' },
    query: echoQuery(result.query, id),
  }
}

function echoQuery(query: Matchable, id: string | null | undefined) {
  return { ...(id ? { id } : {}), schema: query.schema, properties: query.entity.properties }
}
