/** A scoring feature: a pure function of a query and a candidate, with a detail a person can read. */
import type { Matchable } from '../index/matchable.js'

export interface FeatureResult {
  /** In [0, 1]: how strongly the feature holds. Missing data is 0, never an error. */
  score: number
  /** Why, in words: "'amro' ≈ 'amr' (0.93), 'armanazi' = 'armanazi'". */
  detail: string
  /** The query value the feature looked at, when there is one. */
  query?: string
  /** The candidate value it was compared with. */
  candidate?: string
}

/** What features may ask of the data around them. */
export interface ScoringContext {
  /** How rare a name token is among all indexed names (log inverse document frequency). */
  rarity(token: string): number
}

export interface Feature {
  /** The key of the feature in weights and explanations. */
  name: string
  description: string
  compare(query: Matchable, candidate: Matchable, ctx: ScoringContext): FeatureResult
}

/** The result for a feature that has nothing to compare. */
export function missing(detail: string): FeatureResult {
  return { score: 0, detail }
}
