/**
 * Aligning the tokens of two names: every pair of tokens is compared, and the most similar pairs
 * are taken first, each token used once, order ignored. Tokens run together on one side ("Patr
 * ushev", "Ramimakhlouf") are joined when the other side writes them as one. What is left unpaired
 * on each side says whether a name is only shorter (a middle name missing) or different (another
 * family name): scoring weighs the two differently.
 */
import type { NameForm } from '../names/analyze-name.js'
import { jaroWinkler } from '../text/distance.js'
import { compareReadingTokens, compareTokens, type TokenRelation } from './token-similarity.js'
import { JOINED_TOKEN_SIMILARITY } from './weights.js'

export interface TokenPair {
  query: string
  candidate: string
  similarity: number
  relation: TokenRelation
}

export interface Alignment {
  pairs: TokenPair[]
  /** Tokens of each side left without a partner. */
  queryRest: string[]
  candidateRest: string[]
}

/**
 * How tokens may pair. `exact`: equal tokens and initials alone, for a name read from Chinese
 * characters: "jiming" (志明) against "jiiong" (Zhiyong) is another given name, not a spelling of
 * it, since pinyin spells each syllable one way. `reading`: for a name read from an abjad, whose
 * short vowels are not written, the consonants are the word: "smd" (صمد) is "Samad".
 */
export type PairingMode = 'spelling' | 'exact' | 'reading'

/** Align the tokens of two name forms. */
export function alignTokens(query: NameForm, candidate: NameForm, mode: PairingMode = 'spelling'): Alignment {
  const compare = mode === 'reading' ? compareReadingTokens : compareTokens
  const q = joinSplitTokens(query.tokens, candidate.tokens)
  const c = joinSplitTokens(candidate.tokens, q)
  const options: Array<TokenPair & { i: number; j: number }> = []
  for (const [i, a] of q.entries()) {
    for (const [j, b] of c.entries()) {
      const m = compare(a, b)
      if (m.similarity > 0 && (mode !== 'exact' || m.relation === 'equal' || m.relation === 'initial'))
        options.push({ query: a, candidate: b, similarity: m.similarity, relation: m.relation, i, j })
    }
  }
  // Best pairs first; among equals, longer tokens first, so an initial does not take a full name's partner.
  options.sort((x, y) => y.similarity - x.similarity || y.query.length + y.candidate.length - x.query.length - x.candidate.length)
  const usedQ = new Set<number>()
  const usedC = new Set<number>()
  const pairs: TokenPair[] = []
  for (const o of options) {
    if (usedQ.has(o.i) || usedC.has(o.j)) continue
    usedQ.add(o.i)
    usedC.add(o.j)
    pairs.push({ query: o.query, candidate: o.candidate, similarity: o.similarity, relation: o.relation })
  }
  return { pairs, queryRest: q.filter((_, i) => !usedQ.has(i)), candidateRest: c.filter((_, j) => !usedC.has(j)) }
}

/** Join two adjacent tokens of `tokens` when `other` has them as one word ("patr ushev" → "patrushev"). */
export function joinSplitTokens(tokens: string[], other: string[]): string[] {
  if (tokens.length < 2) return tokens
  const out: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const joined = tokens[i]! + (tokens[i + 1] ?? '')
    const alone = other.includes(tokens[i]!) || other.includes(tokens[i + 1] ?? '')
    if (i + 1 < tokens.length && !alone && other.some((o) => couldBeJoined(o, joined) && jaroWinkler(o, joined) >= JOINED_TOKEN_SIMILARITY)) {
      out.push(joined)
      i++
    } else out.push(tokens[i]!)
  }
  return out
}

/**
 * A cheap test before Jaro-Winkler: a joined pair can only reach the join threshold against a word
 * that starts with the same letter and is about as long. Scoring runs this for every pair of names.
 */
function couldBeJoined(word: string, joined: string): boolean {
  return word.length > 3 && word[0] === joined[0] && Math.abs(word.length - joined.length) <= 3
}

/** "'amro' ≈ 'amr' (0.93), 'armanazi' = 'armanazi'; unmatched: 'x' | 'y'" */
export function describeAlignment(a: Alignment): string {
  const pairs = a.pairs.map((p) =>
    p.relation === 'equal' ? `'${p.query}' = '${p.candidate}'` : `'${p.query}' ≈ '${p.candidate}' (${p.relation} ${p.similarity.toFixed(2)})`,
  )
  const rest = [
    a.queryRest.length > 0 ? `query only: ${a.queryRest.map((t) => `'${t}'`).join(' ')}` : '',
    a.candidateRest.length > 0 ? `candidate only: ${a.candidateRest.map((t) => `'${t}'`).join(' ')}` : '',
  ].filter(Boolean)
  return [pairs.join(', '), ...rest].filter(Boolean).join('; ')
}
