/** A query name that matches only one of the candidate's weak aliases ("Abu Ahmad"). */
import type { Feature } from '../feature.js'
import { bestNameMatch, isPersonPair } from './name-match.js'

export const weakAliasMatch: Feature = {
  name: 'weak_alias_match',
  description: "How well a query name agrees with one of the candidate's weak aliases (low-quality a.k.a.s, nicknames).",
  compare: (query, candidate, ctx) => bestNameMatch(query.names, candidate.weakNames, ctx, isPersonPair(query, candidate)),
}
