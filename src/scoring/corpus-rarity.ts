/**
 * Token rarity over a file's own names, as the index counts over its entities. A pair scored so
 * depends on the other rows of its file (up to 0.2 on the nomenklatura pairs): `vigil compare` no
 * longer uses it, but takes rarity from the lists (compare-rarity.ts: `pairRarity`, `bundledRarity`).
 * Kept only while the accuracy benchmark (bench/accuracy.mjs) still imports it.
 */
import type { Matchable } from '../index/matchable.js'
import { MIN_RARITY_CORPUS } from './weights.js'

/** @deprecated Use compare-rarity.ts. A rarity function, log(N / df), over the names of the given entities; 0 (unknown) for every token of a small file. */
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
