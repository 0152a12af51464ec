import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Entity } from '../src/model/entity.js'
import type { DerivedRisk } from '../src/network/risk-types.js'
import { buildDataVersion, type DataVersion } from '../src/screening/data-version/data-version.js'
import { openFixtureStore } from './support/fixture-store.js'
import { sharedData } from './support/shared-data.js'
import type { TempStore } from './support/temp-store.js'

// A company on no list, 60% owned by the OFAC-listed SSRC front MAHROUS TRADING FZE.
const synthetic: Entity[] = [
  {
    id: 'test-cedar-lab-supply',
    schema: 'Company',
    caption: 'Cedar Lab Supply SAL',
    properties: { name: ['Cedar Lab Supply SAL'], country: ['lb'] },
    datasets: ['test'],
    referents: [],
    first_seen: '',
    last_seen: '',
  },
  {
    id: 'test-ownership-mahrous-cedar',
    schema: 'Ownership',
    caption: 'Ownership',
    properties: { owner: ['ofac-20089'], asset: ['test-cedar-lab-supply'], percentage: ['60'] },
    datasets: ['test'],
    referents: [],
    first_seen: '',
    last_seen: '',
  },
]

describe('derived risk over cers, OFAC, the EU Syria annex and UK HMT', () => {
  let t: TempStore
  let data: DataVersion
  let ssrc: string

  beforeAll(async () => {
    t = await openFixtureStore('cers+ofac')
    await t.importFile('eu-csv', sharedData('eu-journal-annexes-opensanctions/32012R0036-syria.csv'))
    await t.importFile('hmt-csv', sharedData('uk-hmt-ofsi-conlist/2018-04-13/sanctionsconlist.csv'))
    const datasets = await t.store.listDatasets()
    const all: Entity[] = [...synthetic]
    for (const d of datasets) for await (const { entity } of t.store.iterateEntities(d.dataset)) all.push(entity)
    data = buildDataVersion(all, datasets)
    ssrc = data.canonical.get('ofac-9352') ?? 'ofac-9352'
  }, 180_000)
  afterAll(() => t.cleanup())

  const riskOf = (id: string): DerivedRisk | undefined => data.risk.get(data.canonical.get(id) ?? id)
  const pathsTo = (risk: DerivedRisk | undefined, topic: string, listed: string) =>
    risk?.findings
      .filter((f) => f.topic === topic)
      .flatMap((f) => f.paths)
      .filter((p) => p.listed.id === listed) ?? []

  it('merges SSRC across the four sources', () => {
    expect(ssrc).toBe('cers-ssrc')
  })

  it('links the OFAC "Linked To: SSRC" fronts to SSRC', () => {
    for (const id of ['ofac-20089', 'ofac-20090', 'ofac-24744']) {
      const [path] = pathsTo(riskOf(id), 'sanction.linked', ssrc)
      expect(path?.links[0]).toMatchObject({ kind: 'linked_to', role: 'Linked To', source: 'UnknownLink' })
      expect(path?.entities.map((e) => e.id)).toEqual([data.canonical.get(id) ?? id, ssrc])
    }
    expect(pathsTo(riskOf('ofac-20089'), 'sanction.linked', ssrc)[0]?.explanation).toBe(
      'MAHROUS TRADING FZE is linked to (Linked To) Syrian Scientific Studies and Research Center; Syrian Scientific Studies and Research Center is listed (cers, eu_fsf, gb_hmt_sanctions, us_ofac_sdn).',
    )
  })

  it('links the EU and UK "front company" and "proxy" entries to SSRC through their remarks', () => {
    const business = pathsTo(riskOf('eu-journal-32012r0036-ii.b-22'), 'sanction.linked', ssrc)[0]
    expect(business?.links[0]?.kind).toBe('front_for')
    expect(business?.links[0]?.source).toMatch(/^remark: Front company for the acquisition of sensitive equipment by the CERS/)
    expect(pathsTo(riskOf('gb-hmt-12799'), 'sanction.linked', ssrc)[0]?.links[0]?.source).toMatch(/proxy for the Scientific Studies and Research Centre/)
  })

  it('does not read "subsidiary of" in a person\'s entry as the person being a subsidiary', () => {
    expect(riskOf('eu-journal-32012r0036-261')?.topics ?? []).not.toContain('sanction.control')
  })

  it('blocks the cers units as units of SSRC, through the chain of parents', () => {
    const institute = pathsTo(riskOf('cers-institute-4000'), 'sanction.control', ssrc)[0]
    expect(institute?.entities.map((e) => e.id)).toEqual(['cers-institute-4000', ssrc])
    expect(institute?.links[0]).toMatchObject({ kind: 'unit_of', source: 'parent' })
    const branch = pathsTo(riskOf('cers-branch-450'), 'sanction.control', ssrc)[0]
    expect(branch?.entities.map((e) => e.id)).toEqual(['cers-branch-450', 'cers-institute-3000', ssrc])
    expect(branch?.explanation).toMatch(/^Branch 450 is a unit, branch or subsidiary of Institute 3000\/6000; Institute 3000\/6000 is a unit/)
  })

  it('blocks a company 60% owned by a listed front, with the path through the front', () => {
    const risk = riskOf('test-cedar-lab-supply')
    expect(risk?.topics).toEqual(['sanction.control'])
    const [path] = pathsTo(risk, 'sanction.control', data.canonical.get('ofac-20089') ?? 'ofac-20089')
    expect(path?.links[0]).toMatchObject({ kind: 'owned_by', percentage: 60, via: 'test-ownership-mahrous-cedar' })
    expect(path?.explanation).toMatch(/^Cedar Lab Supply SAL is owned 60% by MAHROUS TRADING FZE; MAHROUS TRADING FZE is listed \(us_ofac_sdn\)/)
  })

  it('derives no control from a parent that is not listed (SSRC under the Ministry of Defence)', () => {
    expect(riskOf('cers-ssrc')?.topics ?? []).not.toContain('sanction.control')
  })
})
