/**
 * Recall for misspelled tokens. Keys are exact (tokens, phonetic keys, skeletons), so a typo that
 * changes all three ("ARNCIA" for "ARNICA", "TEIBERKA" for "TERIBERKA") finds nothing. The index's
 * distinct tokens get a trigram index of their own; a query token the index has never seen is
 * looked up there, and its closest spellings stand in for it.
 */
import { jaroWinkler } from '../text/distance.js'

// "arncia" vs "arnica" is 0.96, "kovaliko" vs "kovalenko" 0.92; "ivanov" vs "ivanova" 0.97 would
// be found anyway by its phonetic key. Below 0.88 the neighbours are other names.
const FUZZY_FLOOR = 0.88
// Spellings kept per unknown token: a typo rarely has more than a few plausible corrections.
const MAX_NEIGHBOURS = 6
// Shorter tokens share too few trigrams to tell a typo from another name.
const MIN_LENGTH = 4

export interface Neighbour {
  token: string
  similarity: number
}

/** Trigrams of a token padded at both ends, so the first and last letters count. */
function trigrams(token: string): string[] {
  const padded = `^${token}$`
  const grams = new Set<string>()
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3))
  return [...grams]
}

export class FuzzyVocabulary {
  private readonly grams = new Map<string, Int32Array>()
  private readonly counts: Uint8Array
  private readonly touched: Int32Array

  constructor(private readonly tokens: readonly string[]) {
    const lists = new Map<string, number[]>()
    tokens.forEach((token, i) => {
      if (token.length < MIN_LENGTH || /\d/.test(token)) return
      for (const g of trigrams(token)) {
        const list = lists.get(g)
        if (list) list.push(i)
        else lists.set(g, [i])
      }
    })
    for (const [g, list] of lists) this.grams.set(g, Int32Array.from(list))
    this.counts = new Uint8Array(tokens.length)
    this.touched = new Int32Array(tokens.length)
  }

  /** The known tokens closest in spelling to an unknown one, best first. */
  neighbours(token: string): Neighbour[] {
    if (token.length < MIN_LENGTH || /\d/.test(token)) return []
    const grams = trigrams(token)
    // One edit changes at most four trigrams ("arncia" and "arnica" still share ^ar, arn); a
    // neighbour must share the rest. This keeps the Jaro-Winkler checks to a few hundred.
    const needed = Math.max(2, grams.length - 4)
    let n = 0
    for (const g of grams) {
      for (const i of this.grams.get(g) ?? []) {
        if (this.counts[i] === 0) this.touched[n++] = i
        if (this.counts[i]! < 255) this.counts[i]!++
      }
    }
    const found: Neighbour[] = []
    for (let j = 0; j < n; j++) {
      const i = this.touched[j]!
      const shared = this.counts[i]!
      this.counts[i] = 0
      const candidate = this.tokens[i]!
      if (shared < needed || Math.abs(candidate.length - token.length) > 2) continue
      const similarity = jaroWinkler(token, candidate)
      if (similarity >= FUZZY_FLOOR) found.push({ token: candidate, similarity })
    }
    return found.sort((a, b) => b.similarity - a.similarity).slice(0, MAX_NEIGHBOURS)
  }
}
