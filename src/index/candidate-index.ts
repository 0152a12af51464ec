/**
 * Candidate generation: recall first; precision is scoring's job. An inverted index from name
 * tokens, phonetic keys and identifiers to entities; a query collects the entities that share keys
 * with it, each key counting by its rarity, and hands the best few hundred to scoring.
 */
import { IDENTIFIER, indexKeys } from './index-keys.js'
import type { Matchable } from './matchable.js'

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

export class CandidateIndex {
  private readonly postings = new Map<string, number[]>()

  constructor(readonly entities: readonly Matchable[]) {
    entities.forEach((entity, i) => {
      for (const key of indexKeys(entity)) {
        const list = this.postings.get(key)
        if (list) list.push(i)
        else this.postings.set(key, [i])
      }
    })
  }

  get size(): number {
    return this.entities.length
  }

  /** How rare a key is: log(N / df), 0 for an unknown key. */
  rarity(key: string): number {
    const df = this.postings.get(key)?.length ?? 0
    return df === 0 ? 0 : Math.log((this.entities.length + 1) / df)
  }

  /** Documents that hold a key. */
  frequency(key: string): number {
    return this.postings.get(key)?.length ?? 0
  }

  /** The entities sharing most (and rarest) keys with the query, best first. */
  candidates(query: Matchable, limit: number, accept: (m: Matchable) => boolean = () => true): Candidate[] {
    const keys = indexKeys(query).filter((k) => this.postings.has(k))
    const common = this.entities.length * COMMON_SHARE
    const rare = keys.filter((k) => this.frequency(k) <= common)
    const scores = new Map<number, number>()
    for (const key of rare.length > 0 ? rare : keys) {
      const weight = this.rarity(key) * (key.startsWith(IDENTIFIER) ? IDENTIFIER_BOOST : 1)
      for (const i of this.postings.get(key)!) scores.set(i, (scores.get(i) ?? 0) + weight)
    }
    return [...scores]
      .filter(([i]) => accept(this.entities[i]!))
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([i, keyScore]) => ({ entity: this.entities[i]!, keyScore }))
  }
}
