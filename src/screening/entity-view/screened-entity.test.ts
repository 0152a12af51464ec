import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFixtureStore } from '../../../test/support/fixture-store.js'
import type { TempStore } from '../../../test/support/temp-store.js'
import { VIGIL_V1 } from '../../scoring/algorithms.js'
import { loadDataVersion, type DataVersion } from '../data-version/data-version.js'
import { parseQuery } from '../query.js'
import { screenQuery, type ScreenResult } from '../screen-query.js'
import { presentResults, presentScreened, topicsOf } from './screened-entity.js'

describe('presentScreened on the curated network', () => {
  let t: TempStore
  let data: DataVersion
  const best = (name: string, schema = 'Organization', more: Record<string, string[]> = {}): ScreenResult => {
    const query = parseQuery({ schema, properties: { name: [name], ...more } })
    return screenQuery({ query, data, algorithm: VIGIL_V1, limit: 1 }).results[0]!
  }

  beforeAll(async () => {
    t = await openFixtureStore('cers')
    data = await loadDataVersion(t.store)
  })
  afterAll(() => t.cleanup())

  it('shows a unit of SSRC with its own and derived topics, the proof path, score, match and every feature', () => {
    const result = best('Higher Institute of Applied Sciences and Technology')
    const shown = presentScreened(result, data.risk.get(result.entity.id))
    expect(shown).toMatchObject({ id: 'cers-hiast', schema: 'Organization', datasets: ['cers'], target: true, score: result.score, match: true })
    expect(topicsOf(shown)).toEqual(['sanction', 'sanction.control'])
    expect(shown.paths).toHaveLength(1)
    expect(shown.paths[0]).toMatchObject({ topic: 'sanction.control', listed: { id: 'cers-ssrc' }, links: [{ kind: 'unit_of' }] })
    expect(Object.keys(shown.explanations)).toEqual(VIGIL_V1.features.map((f) => f.feature.name))
    for (const [name, e] of Object.entries(shown.explanations)) expect(shown.features[name]).toBe(e.score)
    expect(shown.explanations.name_match).toMatchObject({ score: 1, weight: 1, detail: expect.stringContaining("'higher' = 'higher'") })
  })

  it('gives each feature the values it compared, null where it had none', () => {
    const shown = presentScreened(best('Higher Institute of Applied Sciences and Technology', 'Organization', { country: ['lb'] }))
    expect(shown.explanations.country_mismatch).toEqual({
      score: 1,
      detail: 'lb vs sy: none shared (different countries: below the threshold unless the name is near exact)',
      query: 'lb',
      candidate: 'sy',
      weight: -0.25,
    })
    // Neither side gives a birth date: nothing compared, and null rather than a missing key, as yente serves it.
    expect(shown.explanations.dob_match).toMatchObject({ score: 0, query: null, candidate: null, weight: 0.08 })
  })

  it('adds only what the network derives: no paths, own topics, and the entity left as it was', () => {
    const result = best('Amr Armanazi', 'Person')
    const before = structuredClone(result.entity)
    const shown = presentScreened(result, data.risk.get(result.entity.id))
    expect(shown.id).toBe('cers-amr-armanazi')
    expect(shown.paths).toEqual([])
    expect(shown).not.toHaveProperty('risk_warnings')
    expect(topicsOf(shown)).toEqual(result.entity.properties.topics ?? [])
    expect(result.entity).toEqual(before)
  })

  it('gives an entity only derived topics when its lists give it none (Branch 450, through Institute 3000/6000)', () => {
    const [shown] = presentResults([best('Branch 450')], data.risk)
    expect(shown!.id).toBe('cers-branch-450')
    expect(topicsOf(shown!)).toEqual(['sanction.control'])
    expect(shown!.paths[0]!.steps.map((s) => s.id)).toEqual(['cers-branch-450', 'cers-institute-3000', 'cers-ssrc'])
  })

  it('is plain data: a copy to a worker thread and a JSON round trip (a job queue) give the same thing', () => {
    const shown = presentResults([best('Branch 450'), best('Higher Institute of Applied Sciences and Technology')], data.risk)
    expect(structuredClone(shown)).toStrictEqual(JSON.parse(JSON.stringify(shown)))
  })
})
