/**
 * Aligning the tokens of two names: each token of one side finds its most similar token on the
 * other, order ignored; tokens count by their rarity, so a missing "mohammed" costs less than a
 * missing "armanazi".
 */
import { jaroWinkler } from '../text/distance.js'
import { phoneticKey } from '../text/phonetic.js'
import type { NameForm } from '../names/analyze-name.js'
import { TOKEN_MATCH_FLOOR, PHONETIC_TOKEN_SIMILARITY } from './weights.js'

export interface TokenPair {
  query: string
  candidate?: string
  similarity: number
}

export interface Alignment {
  /** Rarity-weighted share of the query's tokens found on the candidate, in [0, 1]. */
  queryCoverage: number
  /** The same from the candidate's side. */
  candidateCoverage: number
  pairs: TokenPair[]
}

/** Similarity of two name tokens: equal, phonetically equal, or close in spelling; 0 below the floor. */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1
  // Numbers must agree exactly: "Project 991" is not "Project 992".
  if (/\d/.test(a) || /\d/.test(b)) return 0
  const spelled = jaroWinkler(a, b)
  const phonetic = a.length > 2 && b.length > 2 && phoneticKey(a) === phoneticKey(b) ? PHONETIC_TOKEN_SIMILARITY : 0
  const best = Math.max(spelled, phonetic)
  return best >= TOKEN_MATCH_FLOOR ? best : 0
}

/** Align two name forms; `weight` gives each token's rarity. */
export function alignTokens(query: NameForm, candidate: NameForm, weight: (token: string) => number): Alignment {
  const pairs: TokenPair[] = []
  const used = new Set<number>()
  let matchedQuery = 0
  let totalQuery = 0
  for (const token of query.tokens) {
    let best = -1
    let bestSim = 0
    candidate.tokens.forEach((c, i) => {
      if (used.has(i)) return
      const sim = tokenSimilarity(token, c)
      if (sim > bestSim) [best, bestSim] = [i, sim]
    })
    const w = weight(token)
    totalQuery += w
    if (best >= 0) {
      used.add(best)
      matchedQuery += w * bestSim
      pairs.push({ query: token, candidate: candidate.tokens[best], similarity: bestSim })
    } else pairs.push({ query: token, similarity: 0 })
  }
  let matchedCandidate = 0
  let totalCandidate = 0
  candidate.tokens.forEach((c, i) => {
    const w = weight(c)
    totalCandidate += w
    if (used.has(i)) matchedCandidate += w * (pairs.find((p) => p.candidate === c)?.similarity ?? 0)
  })
  return {
    queryCoverage: totalQuery === 0 ? 0 : matchedQuery / totalQuery,
    candidateCoverage: totalCandidate === 0 ? 0 : matchedCandidate / totalCandidate,
    pairs,
  }
}

/** "'amro' ≈ 'amr' (0.93), 'armanazi' = 'armanazi', 'x' unmatched" */
export function describePairs(pairs: TokenPair[]): string {
  return pairs
    .map((p) => (p.candidate === undefined ? `'${p.query}' unmatched` : p.similarity === 1 ? `'${p.query}' = '${p.candidate}'` : `'${p.query}' ≈ '${p.candidate}' (${p.similarity.toFixed(2)})`))
    .join(', ')
}
