/**
 * Candidate generation: recall first; precision is scoring's job. An inverted index from name
 * tokens, phonetic keys and identifiers to entities; a query collects the entities that share keys
 * with it, each key counting by its rarity, and hands the best few hundred to scoring. A query
 * token the index has never seen (a typo) stands for its closest known spellings.
 *
 * Built for a million entities: postings are typed arrays, key scores add up in one reused array
 * (no map per query), the best k come from a bounded heap, and name tokens are interned.
 */
import { FuzzyVocabulary } from './fuzzy-vocabulary.js'
import { IDENTIFIER, PHONETIC, READING, SKELETON, indexKeys } from './index-keys.js'
import type { Matchable } from './matchable.js'
import { selectTopK } from './top-k.js'

export interface Candidate {
  entity: Matchable
  /** Sum of the rarity of the keys shared with the query: an order for recall, not a score. */
  keyScore: number
}

// An identifier shared is near-proof of identity: it outweighs any name token.
const IDENTIFIER_BOOST = 10
// Keys on more than this share of entities ("mohammed", "company") add little and cost much;
// they still count when the query has nothing rarer.
const COMMON_SHARE = 0.02

interface QueryKey {
  slot: number
  weight: number
}

/** Plain name tokens, as opposed to derived keys (phonetic, skeleton, identifier). */
function isToken(key: string): boolean {
  return !key.startsWith(PHONETIC) && !key.startsWith(SKELETON) && !key.startsWith(READING) && !key.startsWith(IDENTIFIER)
}

export class CandidateIndex {
  private readonly slots = new Map<string, number>()
  private readonly postings: Int32Array[]
  private readonly fuzzy: FuzzyVocabulary
  // Scratch space of `candidates`: a query's key score per entity, and which entities it touched.
  private readonly scores: Float64Array
  private readonly touched: Int32Array

  constructor(readonly entities: readonly Matchable[]) {
    const lists: Array<number[] | undefined> = []
    const keys: string[] = []
    entities.forEach((entity, i) => {
      for (const key of indexKeys(entity, 'entity')) {
        let slot = this.slots.get(key)
        if (slot === undefined) {
          slot = keys.length
          this.slots.set(key, slot)
          keys.push(key)
          lists.push([])
        }
        lists[slot]!.push(i)
      }
      this.internTokens(entity, keys)
    })
    this.postings = lists.map((list, slot) => {
      lists[slot] = undefined
      return Int32Array.from(list!)
    })
    this.fuzzy = new FuzzyVocabulary(keys.filter(isToken))
    this.scores = new Float64Array(entities.length)
    this.touched = new Int32Array(entities.length)
  }

  get size(): number {
    return this.entities.length
  }

  /** How rare a key is: log(N / df), 0 for an unknown key. */
  rarity(key: string): number {
    const slot = this.slots.get(key)
    return slot === undefined ? 0 : this.rarityOf(slot)
  }

  /** Documents that hold a key. */
  frequency(key: string): number {
    const slot = this.slots.get(key)
    return slot === undefined ? 0 : this.postings[slot]!.length
  }

  /** The entities sharing most (and rarest) keys with the query, best first. */
  candidates(query: Matchable, limit: number, accept: (m: Matchable) => boolean = () => true): Candidate[] {
    let count = 0
    try {
      for (const { slot, weight } of this.queryKeys(query)) {
        const list = this.postings[slot]!
        for (let j = 0; j < list.length; j++) {
          const i = list[j]!
          if (this.scores[i] === 0) this.touched[count++] = i
          this.scores[i]! += weight
        }
      }
      const best = selectTopK(
        this.touched,
        count,
        (i) => this.scores[i]!,
        limit,
        (i) => accept(this.entities[i]!),
      )
      return best.map((i) => ({ entity: this.entities[i]!, keyScore: this.scores[i]! }))
    } finally {
      for (let j = 0; j < count; j++) this.scores[this.touched[j]!] = 0
    }
  }

  /** The query's keys the index knows, with their weights; common keys only when nothing rarer is shared. */
  private queryKeys(query: Matchable): QueryKey[] {
    const weights = new Map<number, number>()
    const add = (slot: number, weight: number) => weights.set(slot, Math.max(weights.get(slot) ?? 0, weight))
    for (const key of indexKeys(query, 'query')) {
      const slot = this.slots.get(key)
      if (slot !== undefined) add(slot, this.rarityOf(slot) * (key.startsWith(IDENTIFIER) ? IDENTIFIER_BOOST : 1))
      else if (isToken(key)) {
        for (const n of this.fuzzy.neighbours(key)) {
          const near = this.slots.get(n.token)!
          add(near, this.rarityOf(near) * n.similarity)
        }
      }
    }
    const found = [...weights].map(([slot, weight]) => ({ slot, weight }))
    const common = this.entities.length * COMMON_SHARE
    const rare = found.filter((k) => this.postings[k.slot]!.length <= common)
    return rare.length > 0 ? rare : found
  }

  private rarityOf(slot: number): number {
    return Math.log((this.entities.length + 1) / this.postings[slot]!.length)
  }

  /** Point each name token at the index's one copy of that string: a million entities repeat a few hundred thousand tokens. */
  private internTokens(entity: Matchable, keys: readonly string[]): void {
    for (const form of [...entity.names, ...entity.weakNames]) {
      form.tokens = form.tokens.map((t) => {
        const slot = this.slots.get(t)
        return slot === undefined ? t : keys[slot]!
      })
    }
  }
}
