/** Name similarity: the best score of any query name form against any candidate name form. */
import type { Matchable } from '../../index/matchable.js'
import { isA } from '../../model/ftm.js'
import type { NameForm } from '../../names/analyze-name.js'
import type { Feature, FeatureResult, ScoringContext } from '../feature.js'
import { missing } from '../feature.js'
import { scoreNames, type NameScore } from '../name-score.js'

/** The best-scoring pair of forms from two lists of names. */
export function bestNameMatch(queryNames: NameForm[], candidateNames: NameForm[], ctx: ScoringContext, person = false): FeatureResult {
  if (queryNames.length === 0) return missing('The query has no name.')
  if (candidateNames.length === 0) return missing('The candidate has no name of this kind.')
  const rarity = (token: string) => ctx.rarity(token)
  let best: { score: NameScore; query: NameForm; candidate: NameForm } | undefined
  for (const q of queryNames) {
    for (const c of candidateNames) {
      const score = scoreNames(q, c, rarity, person)
      if (score.score > (best?.score.score ?? 0)) best = { score, query: q, candidate: c }
      // A perfect pair cannot be beaten: stop comparing the rest.
      if (score.score >= 1) break
    }
    if (best && best.score.score >= 1) break
  }
  if (!best) return missing('No name token in common.')
  return { score: best.score.score, detail: best.score.describe(), query: best.query.original, candidate: best.candidate.original }
}

/** Both sides may be people: a Person query against a person or an entity of no known kind. */
export function isPersonPair(query: Matchable, candidate: Matchable): boolean {
  return isA(query.schema, 'Person') && (isA(candidate.schema, 'Person') || candidate.schema === 'LegalEntity')
}

export const nameMatch: Feature = {
  name: 'name_match',
  description:
    'How well the best pair of names agrees, token by token in any order (equal, initial, sound, consonant skeleton or spelling), each token weighed by its rarity; tokens left unpaired on both sides count against; transliterations of non-Latin names and acronyms included.',
  compare: (query: Matchable, candidate: Matchable, ctx) => bestNameMatch(query.names, candidate.names, ctx, isPersonPair(query, candidate)),
}
