/**
 * The score of one pair of name forms: rarity-weighted coverage of each side by the other, less a
 * penalty when both sides keep tokens the other lacks (a different name rather than a shorter one).
 */
import type { NameForm } from '../names/analyze-name.js'
import { PERSON_COMMON } from '../names/name-parts.js'
import { alignTokens, describeAlignment, type Alignment } from './token-alignment.js'
import { compareTokens } from './token-similarity.js'
import {
  ACRONYM_SIMILARITY,
  COMMON_TOKEN_RARITY,
  CONFLICT_PENALTY,
  FUZZY_COST,
  INITIAL_RARITY,
  QUERY_COVERAGE_SHARE,
  ROMANIZED_FUZZY_COST,
  UNKNOWN_TOKEN_RARITY,
} from './weights.js'

export interface NameScore {
  score: number
  /** The detail, written only for the pair that is kept: most pairs scored are dropped. */
  describe(): string
}

/** The weight of a token from its rarity in the index (0 when unknown). */
export function tokenWeight(token: string, rarity: number): number {
  if (token.length === 1) return INITIAL_RARITY
  const weight = rarity > 0 ? rarity : UNKNOWN_TOKEN_RARITY
  return PERSON_COMMON.has(token) ? Math.min(weight, COMMON_TOKEN_RARITY) : weight
}

/** Score two name forms; `rarity` gives a token's rarity (0 when unknown). */
export function scoreNames(query: NameForm, candidate: NameForm, rarity: (token: string) => number): NameScore {
  const acronym = scoreAcronym(query, candidate)
  const a = alignTokens(query, candidate)
  const weigh = (t: string) => tokenWeight(t, rarity(t))
  const score = alignmentScore(a, weigh, query.romanized || candidate.romanized ? ROMANIZED_FUZZY_COST : FUZZY_COST)
  if (acronym && acronym.score > score) return acronym
  return { score, describe: () => describeAlignment(a) }
}

function alignmentScore(a: Alignment, weigh: (t: string) => number, fuzzyCost: number): number {
  if (a.pairs.length === 0) return 0
  const credit = (sim: number) => Math.max(0, 1 - (1 - sim) * fuzzyCost)
  const sum = (tokens: string[]) => tokens.reduce((s, t) => s + weigh(t), 0)
  const matchedQ = a.pairs.reduce((s, p) => s + weigh(p.query) * credit(p.similarity), 0)
  const matchedC = a.pairs.reduce((s, p) => s + weigh(p.candidate) * credit(p.similarity), 0)
  const totalQ = sum(a.pairs.map((p) => p.query)) + sum(a.queryRest)
  const totalC = sum(a.pairs.map((p) => p.candidate)) + sum(a.candidateRest)
  const coverage = QUERY_COVERAGE_SHARE * (matchedQ / totalQ) + (1 - QUERY_COVERAGE_SHARE) * (matchedC / totalC)
  const conflict = Math.min(sum(a.queryRest) / totalQ, sum(a.candidateRest) / totalC)
  return Math.max(0, Math.min(1, coverage - CONFLICT_PENALTY * conflict))
}

/** One side is a single word that is the other's acronym: "SSRC" and "Scientific Studies and Research Center". */
function scoreAcronym(query: NameForm, candidate: NameForm): NameScore | undefined {
  const check = (short: NameForm, long: NameForm) =>
    short.tokens.length === 1 && long.acronym !== undefined && long.tokens.length > 1 && compareTokens(short.tokens[0]!, long.acronym).relation === 'equal'
  if (check(query, candidate)) return { score: ACRONYM_SIMILARITY, describe: () => `'${query.tokens[0]}' is the acronym of '${candidate.original}'` }
  if (check(candidate, query)) return { score: ACRONYM_SIMILARITY, describe: () => `'${candidate.tokens[0]}' is the acronym of '${query.original}'` }
  return undefined
}
