/** Screening one query: candidates from the index, scores from an algorithm, results with explanations. */
import type { Matchable } from '../index/matchable.js'
import type { Entity } from '../model/entity.js'
import type { Algorithm, Explanation } from '../scoring/algorithm.js'
import { scoreCandidate } from '../scoring/algorithm.js'
import type { ScoringContext } from '../scoring/feature.js'
import { schemataCompatible } from '../scoring/features/schema.js'
import type { DataVersion } from './data-version/data-version.js'

export interface ScreenRequest {
  query: Matchable
  data: DataVersion
  algorithm: Algorithm
  threshold?: number
  limit: number
  weights?: Record<string, number>
  /** Keep only candidates this accepts (dataset, topic and schema filters). */
  accept?: (entity: Entity) => boolean
}

export interface ScreenResult {
  entity: Entity
  score: number
  match: boolean
  explanations: Record<string, Explanation>
}

export interface ScreenResponse {
  results: ScreenResult[]
  /** Candidates scored. */
  total: number
  threshold: number
}

// Scoring is most of a query's time. Scoring 25 candidates instead of 50 kept every accuracy figure
// (dev-pair F1 0.795, UN recall@1 0.991, 0 of 2,000 negatives flagged) and took p50 from 1.8 to 1.1 ms.
const CANDIDATES_PER_RESULT = 5
const MIN_CANDIDATES = 25

export function screenQuery(request: ScreenRequest): ScreenResponse {
  const { query, data, algorithm } = request
  const threshold = request.threshold ?? algorithm.threshold
  const ctx: ScoringContext = { rarity: (token) => data.candidates.rarity(token) }
  const accept = (m: Matchable) => schemataCompatible(query.schema, m.schema) && (request.accept?.(m.entity) ?? true)
  const candidates = data.candidates.candidates(query, Math.max(MIN_CANDIDATES, request.limit * CANDIDATES_PER_RESULT), accept)
  const results = candidates
    .map(({ entity }) => {
      const scored = scoreCandidate(algorithm, query, entity, ctx, request.weights)
      const score = round(scored.score)
      // Compared as shown: a result must not read "score 0.7, match false" at threshold 0.7.
      return { entity: entity.entity, score, match: score >= threshold, explanations: scored.explanations }
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, request.limit)
  return { results, total: candidates.length, threshold }
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000
}
