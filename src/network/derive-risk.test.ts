import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Entity } from '../model/entity.js'
import { deriveRisk } from './derive-risk.js'
import { buildRelations } from './relations.js'

/** A tiny entity factory: e('Company', 'acme', { name: ['ACME'] }). */
function e(schema: string, id: string, properties: Record<string, string[]> = {}): Entity {
  return { id, schema, caption: properties.name?.[0] ?? id, properties, datasets: ['test'], referents: [], first_seen: '', last_seen: '' }
}
const listed = (id: string, extra: Record<string, string[]> = {}) => e('Company', id, { name: [id.toUpperCase()], topics: ['sanction'], ...extra })
const own = (owner: string, asset: string, percentage?: number) =>
  e('Ownership', `own-${owner}-${asset}`, { owner: [owner], asset: [asset], ...(percentage === undefined ? {} : { percentage: [String(percentage)] }) })

function risksOf(list: Entity[], maxDepth?: number) {
  const entities = new Map(list.map((x) => [x.id, x]))
  return deriveRisk({ entities, graph: buildRelations(entities, new Map()), ...(maxDepth ? { maxDepth } : {}) })
}

describe('sanction.control', () => {
  it('blocks a company 60% owned by a listed one, with the path and the percentage', () => {
    const risk = risksOf([listed('front'), e('Company', 'co'), own('front', 'co', 60)]).get('co')
    expect(risk?.topics).toEqual(['sanction.control'])
    const path = risk!.findings[0]!.paths[0]!
    expect(path.entities.map((x) => x.id)).toEqual(['co', 'front'])
    expect(path.links[0]).toMatchObject({ kind: 'owned_by', percentage: 60 })
    expect(path.listed.id).toBe('front')
    expect(path.explanation).toBe('co is owned 60% by FRONT; FRONT is listed (test).')
    expect(path.steps).toEqual([
      { id: 'co', caption: 'co' },
      { id: 'front', caption: 'FRONT', relation: 'owned 60% by' },
    ])
    expect(risk?.paths).toEqual([path])
  })

  it('adds stakes of several listed owners, and passes control down a chain', () => {
    const risks = risksOf([listed('a'), listed('b'), e('Company', 'x'), e('Company', 'y'), own('a', 'x', 30), own('b', 'x', 20), own('x', 'y', 50)])
    expect(risks.get('x')?.topics).toEqual(['sanction.control'])
    expect(risks.get('x')?.findings[0]?.explanation).toMatch(/owned 50% in aggregate/)
    const chain = risks.get('y')!.findings[0]!.paths[0]!
    expect(chain.entities.map((x) => x.id)).toEqual(['y', 'x', 'a'])
  })

  it('does not block on 49%, nor on an unknown share, and says why', () => {
    const risks = risksOf([listed('a'), e('Company', 'x'), e('Company', 'y'), own('a', 'x', 49), own('a', 'y')])
    expect(risks.get('x')).toBeUndefined()
    expect(risks.get('y')?.topics).toEqual([])
    expect(risks.get('y')?.warnings[0]).toMatch(/unknown share: not counted/)
  })

  it("says in the explanation that a blocked owner's unknown share was not counted", () => {
    const risk = risksOf([listed('a'), listed('b'), e('Company', 'x'), own('a', 'x', 50), own('b', 'x')]).get('x')
    expect(risk?.findings[0]?.explanation).toBe('x is owned 50% in aggregate by blocked parties. Shares of B unknown: not counted.')
  })

  it('blocks units of a listed organization through parent and subsidiaries', () => {
    const risks = risksOf([listed('ssrc', { subsidiaries: ['lab'] }), e('Organization', 'branch', { parent: ['ssrc'] }), e('Organization', 'lab')])
    expect(risks.get('branch')?.findings[0]?.paths[0]?.links[0]?.kind).toBe('unit_of')
    expect(risks.get('lab')?.topics).toEqual(['sanction.control'])
  })

  it('terminates on a cycle and warns about shares over 100%', () => {
    const risks = risksOf([listed('a'), e('Company', 'x'), e('Company', 'y'), own('y', 'x', 80), own('x', 'y', 80), own('a', 'x', 40)])
    expect(risks.get('x')?.topics ?? []).toEqual([])
    expect(risks.get('x')?.warnings[0]).toMatch(/add up to 120%/)
  })

  it('cuts chains longer than the depth limit and says so', () => {
    const chain = [listed('c0'), ...[1, 2, 3, 4].map((i) => e('Company', `c${i}`)), ...[1, 2, 3, 4].map((i) => own(`c${i - 1}`, `c${i}`, 100))]
    const risks = risksOf(chain, 3)
    expect(risks.get('c3')?.topics).toEqual(['sanction.control'])
    expect(risks.get('c4')?.topics).toEqual([])
    expect(risks.get('c4')?.warnings[0]).toMatch(/longer than 3 links/)
  })
})

describe('sanction.linked', () => {
  it('links a director, an associate and a front named in a remark, with one-step paths', () => {
    const risks = risksOf([
      listed('ssrc', { name: ['Scientific Studies and Research Centre'] }),
      e('Person', 'p'),
      e('Person', 'q'),
      e('Directorship', 'd1', { director: ['p'], organization: ['ssrc'] }),
      e('Associate', 'a1', { person: ['ssrc'], associate: ['q'] }),
      e('Company', 'f', { notes: ['Acts as a proxy for the Scientific Studies and Research Centre (SSRC), which is listed.'] }),
    ])
    expect(risks.get('p')?.topics).toEqual(['sanction.linked'])
    expect(risks.get('q')?.findings[0]?.paths[0]?.links[0]?.kind).toBe('associate_of')
    expect(risks.get('f')?.findings[0]?.paths[0]?.links[0]).toMatchObject({ kind: 'front_for' })
  })
})

// The reference: passes over all stakes until the blocked set stops growing (or `passes` run out).
// Each pass reads the set of the pass before; an unknown share (null) counts for nothing.
type Stake = [number, number, number | null]
function referenceBlocked(n: number, listedIds: Set<number>, stakes: Stake[], passes = Infinity): Set<number> {
  let blocked = new Set(listedIds)
  for (let pass = 0; pass < passes; pass++) {
    const next = new Set(blocked)
    for (let asset = 0; asset < n; asset++) {
      const byOwner = new Map<number, number>()
      for (const [o, a, p] of stakes) if (a === asset && o !== asset && p !== null) byOwner.set(o, Math.max(byOwner.get(o) ?? 0, p))
      let total = 0
      for (const [o, p] of byOwner) if (blocked.has(o)) total += p
      if (total >= 50 - 1e-9) next.add(asset)
    }
    if (next.size === blocked.size) break
    blocked = next
  }
  return blocked
}

describe('50% aggregation on random ownership graphs', () => {
  const graph = fc.integer({ min: 2, max: 9 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      listed: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 }),
      stakes: fc.array(
        fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), fc.option(fc.integer({ min: 1, max: 100 }), { freq: 5 })),
        { maxLength: 20 },
      ),
      maxDepth: fc.integer({ min: 1, max: 4 }),
    }),
  )

  function build(n: number, ls: number[], stakes: Stake[]): Entity[] {
    const entities = Array.from({ length: n }, (_, i) => (ls.includes(i) ? listed(`n${i}`) : e('Company', `n${i}`)))
    const links = stakes.map(([o, a, p], k) =>
      e('Ownership', `own${k}`, { owner: [`n${o}`], asset: [`n${a}`], ...(p === null ? {} : { percentage: [String(p)] }) }),
    )
    return [...entities, ...links]
  }
  const controlled = (risks: ReturnType<typeof risksOf>, i: number) => risks.get(`n${i}`)?.topics.includes('sanction.control') ?? false

  it('blocks exactly what the reference blocks, cycles and unknown shares included, and every path ends at a listed entity', () => {
    fc.assert(
      fc.property(graph, ({ n, listed: ls, stakes }) => {
        const risks = risksOf(build(n, ls, stakes), 100)
        const expected = referenceBlocked(n, new Set(ls), stakes)
        for (let i = 0; i < n; i++) {
          if (!ls.includes(i)) expect(controlled(risks, i)).toBe(expected.has(i))
          for (const path of risks.get(`n${i}`)?.paths ?? []) {
            expect(ls.map((l) => `n${l}`)).toContain(path.listed.id)
            expect(new Set(path.entities.map((x) => x.id)).size).toBe(path.entities.length)
          }
        }
      }),
      { numRuns: 500 },
    )
  })

  it('with a depth limit, blocks what that many passes block, keeps paths within it, and warns about the rest', () => {
    fc.assert(
      fc.property(graph, ({ n, listed: ls, stakes, maxDepth }) => {
        const risks = risksOf(build(n, ls, stakes), maxDepth)
        const within = referenceBlocked(n, new Set(ls), stakes, maxDepth)
        const beyond = referenceBlocked(n, new Set(ls), stakes, maxDepth + 1)
        for (let i = 0; i < n; i++) {
          if (ls.includes(i)) continue
          expect(controlled(risks, i)).toBe(within.has(i))
          const warned = risks.get(`n${i}`)?.warnings.some((w) => w.includes(`longer than ${maxDepth} links`)) ?? false
          expect(warned).toBe(beyond.has(i) && !within.has(i))
          for (const path of risks.get(`n${i}`)?.paths ?? []) expect(path.links.length).toBeLessThanOrEqual(maxDepth)
        }
      }),
      { numRuns: 500 },
    )
  })
})
