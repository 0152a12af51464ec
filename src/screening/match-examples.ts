/**
 * A batch of query examples (yente's `/match` body) screened against one index: every example is
 * checked before any is screened, so one bad example fails the batch with its key named.
 */
import { AppError } from '../errors.js'
import type { Matchable } from '../index/matchable.js'
import type { ScreeningIndex } from '../index/screening-index.js'
import type { Entity } from '../model/entity.js'
import type { Algorithm } from '../scoring/algorithm.js'
import { parseQuery, type QueryInput } from './query.js'
import { screenQuery, type ScreenResult } from './screen-query.js'

export interface MatchExamplesRequest {
  examples: ReadonlyArray<[key: string, input: QueryInput]>
  index: ScreeningIndex
  algorithm: Algorithm
  threshold: number
  /** Results scoring below this are left out (yente's cutoff: the threshold unless lowered). */
  cutoff: number
  limit: number
  weights?: Record<string, number>
  accept?: (entity: Entity) => boolean
}

export interface ExampleResult {
  key: string
  query: Matchable
  results: ScreenResult[]
  /** Results at or above the threshold, as yente counts its total. */
  matches: number
}

/** Check every example, then screen each; errors name the example's key. */
export function matchExamples(request: MatchExamplesRequest): ExampleResult[] {
  checkWeights(request.algorithm, request.weights ?? {})
  const parsed = request.examples.map(([key, input]) => ({ key, query: parseExample(key, input) }))
  return parsed.map(({ key, query }) => {
    const { results } = screenQuery({ ...request, query })
    const kept = results.filter((r) => r.score >= request.cutoff)
    return { key, query, results: kept, matches: kept.filter((r) => r.match).length }
  })
}

function parseExample(key: string, input: QueryInput): Matchable {
  try {
    return parseQuery(input)
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, `Query '${key}': ${error.message}`)
    throw error
  }
}

/** A weight for a feature the algorithm lacks is a client's typo; say which names exist. */
export function checkWeights(algorithm: Algorithm, weights: Record<string, number>): void {
  const known = algorithm.features.map((f) => f.feature.name)
  for (const name of Object.keys(weights)) {
    if (!known.includes(name)) {
      throw new AppError('bad_input', `Algorithm '${algorithm.name}' has no feature '${name}'. Features: ${known.join(', ')}.`, { field: `weights.${name}` })
    }
  }
}
