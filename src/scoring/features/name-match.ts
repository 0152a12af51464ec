/** Name similarity: the best alignment of any query name with any candidate name. */
import type { Matchable } from '../../index/matchable.js'
import type { NameForm } from '../../names/analyze-name.js'
import type { Feature, FeatureResult, ScoringContext } from '../feature.js'
import { missing } from '../feature.js'
import { alignTokens, describePairs } from '../token-alignment.js'
import { QUERY_COVERAGE_SHARE, UNKNOWN_TOKEN_RARITY } from '../weights.js'

/** The best-scoring pair of forms from two lists of names. */
export function bestNameMatch(queryNames: NameForm[], candidateNames: NameForm[], ctx: ScoringContext): FeatureResult {
  if (queryNames.length === 0) return missing('The query has no name.')
  if (candidateNames.length === 0) return missing('The candidate has no name of this kind.')
  const weight = (token: string) => ctx.rarity(token) || UNKNOWN_TOKEN_RARITY
  let best: FeatureResult = missing('No name token in common.')
  for (const q of queryNames) {
    for (const c of candidateNames) {
      const a = alignTokens(q, c, weight)
      const score = QUERY_COVERAGE_SHARE * a.queryCoverage + (1 - QUERY_COVERAGE_SHARE) * a.candidateCoverage
      if (score > best.score) best = { score, detail: describePairs(a.pairs), query: q.original, candidate: c.original }
    }
  }
  return best
}

export const nameMatch: Feature = {
  name: 'name_match',
  description: 'How well the best pair of names agrees, token by token in any order, each token weighed by its rarity; transliterations of non-Latin names included.',
  compare: (query: Matchable, candidate: Matchable, ctx) => bestNameMatch(query.names, candidate.names, ctx),
}
