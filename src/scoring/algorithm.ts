/**
 * An algorithm is data: features with weights, and a threshold. Features of one group (the name
 * features) count by the best of them; everything else adds up. The score is clamped to [0, 1].
 */
import type { Matchable } from '../index/matchable.js'
import type { Feature, FeatureResult, ScoringContext } from './feature.js'

export interface WeightedFeature {
  feature: Feature
  weight: number
  /** Features of one group count by their best weighted score, not their sum. */
  group?: string
}

export interface Algorithm {
  name: string
  description: string
  /** A score at or above the threshold is a match. */
  threshold: number
  features: WeightedFeature[]
}

export interface Explanation extends FeatureResult {
  weight: number
}

export interface ScoredCandidate {
  score: number
  explanations: Record<string, Explanation>
}

/** Score a candidate against a query; `weights` overrides the algorithm's weights by feature name. */
export function scoreCandidate(
  algorithm: Algorithm,
  query: Matchable,
  candidate: Matchable,
  ctx: ScoringContext,
  weights: Record<string, number> = {},
): ScoredCandidate {
  const explanations: Record<string, Explanation> = {}
  const groups = new Map<string, number>()
  let total = 0
  for (const { feature, weight: defaultWeight, group } of algorithm.features) {
    const weight = weights[feature.name] ?? defaultWeight
    const result = feature.compare(query, candidate, ctx)
    explanations[feature.name] = { ...result, weight }
    const contribution = weight * result.score
    if (group) groups.set(group, Math.max(groups.get(group) ?? 0, contribution))
    else total += contribution
  }
  for (const best of groups.values()) total += best
  return { score: Math.min(1, Math.max(0, total)), explanations }
}
