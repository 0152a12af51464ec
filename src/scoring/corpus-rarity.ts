/**
 * Token rarity without an index: scoring pairs of names (`vigil compare`, the accuracy benchmark)
 * weighs each token by how many of the file's names carry it, as the index does over its entities.
 */
import type { Matchable } from '../index/matchable.js'
import { MIN_RARITY_CORPUS } from './weights.js'

/** A rarity function, log(N / df), over the names of the given entities; 0 (unknown) for every token of a small file. */
export function corpusRarity(entities: Iterable<Matchable>): (token: string) => number {
  const df = new Map<string, number>()
  let n = 0
  for (const m of entities) {
    n++
    const tokens = new Set(m.names.concat(m.weakNames).flatMap((f) => f.tokens))
    for (const t of tokens) df.set(t, (df.get(t) ?? 0) + 1)
  }
  if (n < MIN_RARITY_CORPUS) return () => 0
  return (token) => {
    const count = df.get(token)
    return count === undefined ? 0 : Math.log((n + 1) / count)
  }
}
