/**
 * OFAC's Sanctions List Search score for the best pair of names: every query name against every
 * name and alias of the candidate, as that tool compares a search with each listed name. For teams
 * that calibrate against it; `name_match` is the better judge of a name.
 */
import type { Matchable } from '../../index/matchable.js'
import type { NameForm } from '../../names/analyze-name.js'
import type { Feature, FeatureResult } from '../feature.js'
import { missing } from '../feature.js'
import { describeOfac, type OfacScore, scoreOfac } from '../ofac/ofac-score.js'

/** The text OFAC would read: the name as written, or its romanization when written in another script. */
function textsOf(names: NameForm[]): string[] {
  return [...new Set(names.map((n) => (n.romanized ? n.tokens.join(' ') : n.original)))]
}

/** The best-scoring pair of a query's names and a candidate's names. */
export function bestOfacMatch(queryNames: NameForm[], candidateNames: NameForm[]): FeatureResult {
  const queries = textsOf(queryNames)
  const listed = textsOf(candidateNames)
  if (queries.length === 0) return missing('The query has no name.')
  if (listed.length === 0) return missing('The candidate has no name.')
  let best: { result: OfacScore; query: string; candidate: string } | undefined
  for (const query of queries) {
    for (const candidate of listed) {
      const result = scoreOfac(query, candidate)
      if (!best || result.score > best.result.score) best = { result, query, candidate }
    }
  }
  const { result, query, candidate } = best!
  return { score: result.score, detail: `'${query}' vs '${candidate}': ${describeOfac(result)}`, query, candidate }
}

export const ofacNameMatch: Feature = {
  name: 'ofac_name',
  description:
    "OFAC Sanctions List Search's score for the best pair of names: Jaro-Winkler on the whole names as written, or on their parts in any order (Soundex lifting parts that sound alike) averaged over the query's parts, whichever is higher.",
  compare: (query: Matchable, candidate: Matchable) => bestOfacMatch(query.names, candidate.names),
}
