/**
 * How alike two name tokens are, each already in its comparison spelling: equal, an initial of the
 * other, equal in sound (Double Metaphone) or in consonant skeleton (what survives across Arabic and
 * Hebrew script), or close in spelling (Jaro-Winkler). Numbers must be equal.
 */
import { isKnownName } from '../names/name-variants.js'
import { jaroWinkler } from '../text/distance.js'
import { phoneticKey } from '../text/phonetic.js'
import { consonantSkeleton } from '../text/skeleton.js'
import { INITIAL_SIMILARITY, PHONETIC_TOKEN_SIMILARITY, SKELETON_MIN_CONSONANTS, SKELETON_TOKEN_SIMILARITY, TOKEN_MATCH_FLOOR } from './weights.js'

export type TokenRelation = 'equal' | 'initial' | 'phonetic' | 'skeleton' | 'spelling' | 'none'

export interface TokenMatch {
  similarity: number
  relation: TokenRelation
}

const NONE: TokenMatch = { similarity: 0, relation: 'none' }
const EQUAL: TokenMatch = { similarity: 1, relation: 'equal' }

// Candidates share tokens ("mohammed", "ali"): one query compares the same pairs many times. Two
// levels of maps look the pair up without building a key string, which costs more than the lookup.
const MAX_CACHED = 200_000
let cached = 0
const pairCache = new Map<string, Map<string, TokenMatch>>()

/** Similarity of two tokens in [0, 1], 0 below the floor, with the relation that gave it. */
export function compareTokens(a: string, b: string): TokenMatch {
  if (a === b) return EQUAL
  let row = pairCache.get(a)
  const hit = row?.get(b)
  if (hit) return hit
  if (cached >= MAX_CACHED) {
    pairCache.clear()
    cached = 0
    row = undefined
  }
  const match = compareUncached(a, b)
  if (!row) pairCache.set(a, (row = new Map()))
  row.set(b, match)
  cached++
  return match
}

function compareUncached(a: string, b: string): TokenMatch {
  if (a === b) return { similarity: 1, relation: 'equal' }
  // Numbers must agree exactly: "Project 991" is not "Project 992".
  if (/\d/.test(a) || /\d/.test(b)) return NONE
  // Two different names of the variants table are different names: Hassan is not Hussein, though they sound alike.
  if (isKnownName(a) && isKnownName(b)) return NONE
  if (a.length === 1 || b.length === 1) {
    return a[0] === b[0] ? { similarity: INITIAL_SIMILARITY, relation: 'initial' } : NONE
  }
  let best: TokenMatch = { similarity: jaroWinkler(a, b), relation: 'spelling' }
  if (a.length > 2 && b.length > 2 && best.similarity < PHONETIC_TOKEN_SIMILARITY && phoneticKey(a) === phoneticKey(b)) {
    best = { similarity: PHONETIC_TOKEN_SIMILARITY, relation: 'phonetic' }
  }
  if (best.similarity < SKELETON_TOKEN_SIMILARITY && sameSkeleton(a, b)) best = { similarity: SKELETON_TOKEN_SIMILARITY, relation: 'skeleton' }
  return best.similarity >= TOKEN_MATCH_FLOOR ? best : NONE
}

function sameSkeleton(a: string, b: string): boolean {
  const sa = consonantSkeleton(a)
  return sa.length >= SKELETON_MIN_CONSONANTS && sa === consonantSkeleton(b)
}
