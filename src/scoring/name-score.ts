/**
 * The score of one pair of name forms: rarity-weighted coverage of each side by the other, less a
 * penalty when both sides keep tokens the other lacks (a different name rather than a shorter one).
 */
import type { NameForm } from '../names/analyze-name.js'
import { PERSON_COMMON } from '../names/name-parts.js'
import { alignTokens, describeAlignment, type Alignment, type PairingMode } from './token-alignment.js'
import { compareTokens } from './token-similarity.js'
import {
  ACRONYM_SIMILARITY,
  COMMON_TOKEN_RARITY,
  CONFLICT_PENALTY,
  FUZZY_COST,
  INITIAL_RARITY,
  QUERY_COVERAGE_SHARE,
  ROMANIZED_FUZZY_COST,
  SINGLE_TOKEN_PERSON_CAP,
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

/**
 * Score two name forms; `rarity` gives a token's rarity (0 when unknown). `person` says the names
 * are people's: one word in common is then never enough (see SINGLE_TOKEN_PERSON_CAP).
 */
export function scoreNames(query: NameForm, candidate: NameForm, rarity: (token: string) => number, person = false): NameScore {
  const acronym = scoreAcronym(query, candidate)
  const a = alignTokens(query, candidate, pairingMode(query, candidate))
  const weigh = (t: string) => tokenWeight(t, rarity(t))
  const aligned = alignmentScore(a, weigh, approximateReading(query) || approximateReading(candidate) ? ROMANIZED_FUZZY_COST : FUZZY_COST)
  const capped = person && a.pairs.length === 1 && query.tokens.length > 1 && aligned > SINGLE_TOKEN_PERSON_CAP
  const score = capped ? SINGLE_TOKEN_PERSON_CAP : aligned
  if (acronym && acronym.score > score) return acronym
  return { score, describe: () => describeAlignment(a) + (capped ? `; one word in common of ${query.tokens.length}: at most ${SINGLE_TOKEN_PERSON_CAP}` : '') }
}

/**
 * A reading that is approximate by nature: an abjad without its vowels, Cyrillic or Greek spelled
 * one way among several. Hangul syllables have a few set spellings (Jeong, Jung, Chong), which the
 * readings give, so a near spelling of a Korean syllable is another syllable and costs in full.
 */
function approximateReading(form: NameForm): boolean {
  return form.romanized && !form.fromHan && !form.fromHangul
}

function pairingMode(query: NameForm, candidate: NameForm): PairingMode {
  if (query.fromHan || candidate.fromHan) return 'exact'
  return query.fromAbjad || candidate.fromAbjad ? 'reading' : 'spelling'
}

function alignmentScore(a: Alignment, weigh: (t: string) => number, fuzzyCost: number): number {
  if (a.pairs.length === 0) return 0
  const credit = (sim: number) => Math.max(0, 1 - (1 - sim) * fuzzyCost)
  const sum = (tokens: string[]) => tokens.reduce((s, t) => s + weigh(t), 0)
  const matchedQ = a.pairs.reduce((s, p) => s + weigh(p.query) * credit(p.similarity), 0)
  const matchedC = a.pairs.reduce((s, p) => s + weigh(p.candidate) * credit(p.similarity), 0)
  const totalQ = sum(a.pairs.map((p) => p.query)) + sum(a.queryRest)
  const totalC = sum(a.pairs.map((p) => p.candidate)) + sum(a.candidateRest)
  // A weighted geometric mean: each side's uncovered share costs in proportion, so a one-word alias
  // ("JULIA") that covers one of two query words ("Julia Korhonen") is half a name, not 0.7 of one.
  const coverage = (matchedQ / totalQ) ** QUERY_COVERAGE_SHARE * (matchedC / totalC) ** (1 - QUERY_COVERAGE_SHARE)
  // Conflicting tokens are counted as well as weighed: "Mohamed" against "Ahmed" is a different
  // father's name however common both are ("Habib ben Mohamed" is not "Habib ben Ahmed").
  const share = (rest: string[], all: number, total: number) => Math.max(sum(rest) / total, rest.length / all)
  const conflict = Math.min(
    share(a.queryRest, a.pairs.length + a.queryRest.length, totalQ),
    share(a.candidateRest, a.pairs.length + a.candidateRest.length, totalC),
  )
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
