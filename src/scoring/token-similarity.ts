/**
 * How alike two name tokens are, each already in its comparison spelling: equal, an initial of the
 * other, equal in sound (Double Metaphone) or in consonant skeleton (what survives across Arabic and
 * Hebrew script), or close in spelling (Jaro-Winkler). Numbers must be equal.
 */
import { isKnownName } from '../names/name-variants.js'
import { editSimilarity, jaroWinkler } from '../text/distance.js'
import { phoneticKey } from '../text/phonetic.js'
import { consonantSkeleton, readingSkeletons } from '../text/skeleton.js'
import {
  READING_MIN_CONSONANTS,
  SHORT_TOKEN_LETTERS,
  INITIAL_SIMILARITY,
  PHONETIC_TOKEN_SIMILARITY,
  SKELETON_MIN_CONSONANTS,
  SKELETON_TOKEN_SIMILARITY,
  TOKEN_MATCH_FLOOR,
  TRUNCATION_MIN_LETTERS,
  LENGTH_GAP_LETTERS,
} from './weights.js'

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
  const spelling = spellingSimilarity(a, b)
  let best: TokenMatch = { similarity: spelling, relation: 'spelling' }
  // A shared sound or skeleton is evidence, not identity: it lifts the spelling halfway to its own
  // score, so only strings already near each other pass the floor (see SOUND_CASES in the tests).
  const phonetic = (spelling + PHONETIC_TOKEN_SIMILARITY) / 2
  if (a.length > 2 && b.length > 2 && phonetic > best.similarity && phoneticKey(a) === phoneticKey(b)) best = { similarity: phonetic, relation: 'phonetic' }
  const skeleton = (spelling + SKELETON_TOKEN_SIMILARITY) / 2
  if (skeleton > best.similarity && sameSkeleton(a, b)) best = { similarity: skeleton, relation: 'skeleton' }
  return best.similarity >= TOKEN_MATCH_FLOOR ? best : NONE
}

// Lithuanian, Latvian and Greek write a man's name with a nominative ending: "Vladimiras Putinas",
// "Nikolaos". Such a tail is grammar, not a longer name.
const NOMINATIVE_ENDINGS = new Set(['as', 'is', 'ys', 'us', 'os'])

/**
 * Jaro-Winkler, except for a truncation: when one token is the start of the other and at least
 * TRUNCATION_MIN_LETTERS shorter ("jia" and "jianping", "amr" and "amriki"), Jaro-Winkler's prefix
 * bonus would call it a spelling; the share of letters the two have in common says more. Initials
 * (one letter) are compared before this, and abbreviations are expanded by the name parts. So is a
 * token three letters longer or more: "mahathir" is not "mahir", nor "hyeonjeong" "hyeok".
 */
function spellingSimilarity(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  const gap = long.length - short.length
  const inflected = long.startsWith(short) && NOMINATIVE_ENDINGS.has(long.slice(short.length))
  const truncated = gap >= TRUNCATION_MIN_LETTERS && !inflected && (long.startsWith(short) || short.length <= SHORT_TOKEN_LETTERS)
  if (truncated || gap >= LENGTH_GAP_LETTERS) return editSimilarity(a, b)
  return jaroWinkler(a, b)
}

/**
 * Tokens of which one is read from an abjad (Arabic, Persian): its consonants are all it says, so a
 * shared skeleton of two consonants or more is worth the skeleton's full score. "smd" (صمد) and
 * "samad", "dlaur" (دلاور) and "delawar", "rbi" (ربيع) and "rabi" pair; "hq" and "haq" do not
 * (one consonant says too little), nor "zahd" (زاهد) and "said": h counts here (readingSkeletons).
 */
export function compareReadingTokens(a: string, b: string): TokenMatch {
  const match = compareTokens(a, b)
  if (match.similarity >= SKELETON_TOKEN_SIMILARITY || /\d/.test(a) || /\d/.test(b) || (isKnownName(a) && isKnownName(b))) return match
  const theirs = readingSkeletons(b)
  for (const skeleton of readingSkeletons(a)) {
    // Two consonants say which word only when the spellings are within two letters: "rbi" (ربيع) is
    // "rabi", not "rabbaniya".
    const short = skeleton.length < READING_MIN_CONSONANTS + 1 && Math.abs(a.length - b.length) > 2
    if (skeleton.length >= READING_MIN_CONSONANTS && !short && theirs.includes(skeleton)) return { similarity: SKELETON_TOKEN_SIMILARITY, relation: 'skeleton' }
  }
  return match
}

function sameSkeleton(a: string, b: string): boolean {
  const sa = consonantSkeleton(a)
  return sa.length >= SKELETON_MIN_CONSONANTS && sa === consonantSkeleton(b)
}
