/**
 * A batch of query examples (yente's `/match` body) screened against one data version. Each example is
 * checked on its own: one that cannot be screened (no name, an unknown schema) gets its own error,
 * as yente's per-query status, and the others are screened. Batches may be cut into chunks and run
 * in workers, so nothing here depends on the rest of the batch.
 */
import { AppError, HTTP_STATUS, type ErrorCode } from '../errors.js'
import type { Matchable } from '../index/matchable.js'
import type { Entity } from '../model/entity.js'
import type { Algorithm } from '../scoring/algorithm.js'
import type { DataVersion } from './data-version/data-version.js'
import { parseQuery, type QueryInput } from './query.js'
import { screenQuery, type ScreenResult } from './screen-query.js'

export interface MatchExamplesRequest {
  examples: ReadonlyArray<[key: string, input: QueryInput]>
  data: DataVersion
  algorithm: Algorithm
  threshold: number
  /** Results scoring below this are left out (yente's cutoff: the threshold unless lowered). */
  cutoff: number
  limit: number
  weights?: Record<string, number>
  accept?: (entity: Entity) => boolean
}

export interface ExampleMatches {
  key: string
  status: 200
  query: Matchable
  results: ScreenResult[]
  /** Results at or above the threshold, as yente counts its total. */
  matches: number
}

/** An example that could not be screened: plain data, so it crosses a worker boundary as it is. */
export interface ExampleError {
  key: string
  status: number
  code: ErrorCode
  /** What is wrong with this example and what to do, its key named. */
  detail: string
}

export type ExampleResult = ExampleMatches | ExampleError

/** Check each example and screen those that pass; the others get their error, in the batch's order. */
export function matchExamples(request: MatchExamplesRequest): ExampleResult[] {
  checkWeights(request.algorithm, request.weights ?? {})
  const parsed = request.examples.map(([key, input]) => parseExample(key, input))
  return parsed.map((p) => ('query' in p ? screenExample(request, p.key, p.query) : p))
}

function screenExample(request: MatchExamplesRequest, key: string, query: Matchable): ExampleMatches {
  const { results } = screenQuery({ ...request, query })
  const kept = results.filter((r) => r.score >= request.cutoff)
  return { key, status: 200, query, results: kept, matches: kept.filter((r) => r.match).length }
}

function parseExample(key: string, input: QueryInput): { key: string; query: Matchable } | ExampleError {
  try {
    return { key, query: parseQuery(input) }
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    return { key, status: HTTP_STATUS[error.code], code: error.code, detail: `Query '${key}': ${error.message}` }
  }
}

/** True for an example that was screened. */
export function isScreened(result: ExampleResult): result is ExampleMatches {
  return result.status === 200
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
