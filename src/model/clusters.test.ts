import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalIdOf, resolveClusters, type ClusterMember } from './clusters.js'

// Few ids, so that random links often chain into clusters; upper case sorts before lower (code units).
const ID = fc.constantFrom('cers-a', 'cers-b', 'NK-1', 'ofac-1', 'ofac-2', 'unsc-1', 'gb-hmt-1', 'x')
const MEMBER = fc.record({ id: ID, referents: fc.uniqueArray(ID, { maxLength: 3 }) })
// Each entity once, as the store and the data version see them (an id is one entity).
const ENTITIES = fc.uniqueArray(MEMBER, { selector: (m) => m.id, maxLength: 8 })

/** A small reference: connected components by search, and the smallest declaring id of each. */
function referenceCanonical(entities: ClusterMember[]): Map<string, string> {
  const next = new Map<string, Set<string>>()
  const link = (a: string, b: string) => (next.get(a) ?? next.set(a, new Set()).get(a)!).add(b)
  for (const e of entities) {
    for (const r of e.referents) {
      link(e.id, r)
      link(r, e.id)
    }
  }
  const declaring = new Set(entities.filter((e) => e.referents.length > 0).map((e) => e.id))
  const canonical = new Map<string, string>()
  for (const start of next.keys()) {
    if (canonical.has(start)) continue
    const component = new Set([start])
    for (const id of component) for (const n of next.get(id) ?? []) component.add(n)
    const best = [...component].filter((id) => declaring.has(id)).sort()[0]!
    for (const id of component) canonical.set(id, best)
  }
  return canonical
}

describe('resolveClusters', () => {
  it('names SSRC by its curated id, whichever list comes first', () => {
    const ofac = { id: 'ofac-9352', referents: [] }
    const cers = { id: 'cers-ssrc', referents: ['ofac-9352', 'gb-hmt-12426'] }
    for (const input of [
      [ofac, cers],
      [cers, ofac],
    ]) {
      const canonical = resolveClusters(input)
      expect(['ofac-9352', 'gb-hmt-12426', 'cers-ssrc'].map((id) => canonicalIdOf(canonical, id))).toEqual(['cers-ssrc', 'cers-ssrc', 'cers-ssrc'])
    }
  })

  it('picks the smallest declaring id when two curated entities name the same listed one', () => {
    const canonical = resolveClusters([
      { id: 'cers-b', referents: ['ofac-1'] },
      { id: 'cers-a', referents: ['ofac-1'] },
    ])
    expect(canonical.get('cers-b')).toBe('cers-a')
  })

  it('leaves an entity linked to nothing out of the map', () => {
    expect(canonicalIdOf(resolveClusters([{ id: 'ofac-1', referents: [] }]), 'ofac-1')).toBe('ofac-1')
  })

  it('does not depend on the order of the entities or of their referents', () => {
    fc.assert(
      fc.property(ENTITIES, fc.infiniteStream(fc.nat()), (entities, seeds) => {
        const shuffled = shuffle(entities, seeds).map((e) => ({ ...e, referents: shuffle(e.referents, seeds) }))
        expect(sorted(resolveClusters(shuffled))).toEqual(sorted(resolveClusters(entities)))
      }),
    )
  })

  it('maps every member of a cluster to the same canonical id, a declaring entity of that cluster', () => {
    fc.assert(
      fc.property(ENTITIES, (entities) => {
        expect(sorted(resolveClusters(entities))).toEqual(sorted(referenceCanonical(entities)))
      }),
    )
  })

  it('gives a canonical id that is its own canonical id and an entity of the input', () => {
    fc.assert(
      fc.property(ENTITIES, (entities) => {
        const ids = new Set<string>(entities.map((e) => e.id))
        const canonical = resolveClusters(entities)
        for (const id of canonical.values()) {
          expect(ids.has(id)).toBe(true)
          expect(canonical.get(id)).toBe(id)
        }
      }),
    )
  })
})

function shuffle<T>(items: readonly T[], seeds: fc.Stream<number>): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = seeds.next().value % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

function sorted(map: Map<string, string>): Array<[string, string]> {
  return [...map].sort(([a], [b]) => (a < b ? -1 : 1))
}
