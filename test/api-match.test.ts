import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LightMyRequestResponse } from 'fastify'
import { openApiFixture, type ApiFixture } from './support/api-app.js'
import { expectEntityShape } from './support/entity-shape.js'
import { bearer } from './support/auth.js'

interface Result {
  id: string
  score: number
  match: boolean
  features: Record<string, number>
  explanations: Record<string, { score: number; detail: string | null; query: string | null; candidate: string | null }>
}
interface Matches {
  status: number
  results: Result[]
  total: { value: number; relation: string }
  query: { id?: string; schema: string; properties: Record<string, string[]> }
}
interface MatchBody {
  responses: Record<string, Matches>
  limit: number
  algorithm: string
  data_version: string
}

// The examples of yente's /match documentation, and of its tests, on Vigil's real data.
const YENTE_DOC_EXAMPLE = {
  queries: {
    entity1: { schema: 'Person', properties: { name: ['John Doe'], birthDate: ['1975-04-21'], nationality: ['us'] } },
    entity2: { schema: 'Company', properties: { name: ['Brilliant Amazing Limited'], jurisdiction: ['hk'], registrationNumber: ['84BA99810'] } },
  },
}
// yente's QUERY_ZAKHAROV, on a person of the curated network: a variant spelling, a year, a country name.
const ARMANAZI = { schema: 'Person', properties: { name: ['Amro Armanazi'], birthDate: ['1944'], nationality: 'Syria' } }
const SSRC = { schema: 'Organization', properties: { name: ['Scientific Studies and Research Center'] } }

describe('POST /match/{dataset} (yente-compatible)', () => {
  let f: ApiFixture
  const match = (body: unknown, query: Record<string, string | string[]> = {}, dataset = 'default') =>
    f.app.inject({ method: 'POST', url: `/match/${dataset}`, query, payload: body as object })
  const first = (res: LightMyRequestResponse, key = 'q') => (res.json() as MatchBody).responses[key]!

  beforeAll(async () => {
    f = await openApiFixture()
  }, 180_000)
  afterAll(() => f.close())

  it("answers the example of yente's documentation with one response per key", async () => {
    const res = await match(YENTE_DOC_EXAMPLE)
    expect(res.statusCode).toBe(200)
    const body = res.json() as MatchBody
    expect(Object.keys(body.responses).sort()).toEqual(['entity1', 'entity2'])
    expect(body.limit).toBe(5)
    expect(body.algorithm).toBe('vigil-v1')
    expect(body.data_version).toMatch(/^cers@\d{14}-\d+,un_sc_sanctions@.*,us_ofac_sdn@/)
    expect(res.headers['x-batch-size']).toBe('2')
    for (const r of Object.values(body.responses)) {
      expect(r.status).toBe(200)
      expect(r.total.relation).toBe('eq')
      expect(Array.isArray(r.results)).toBe(true)
    }
    expect(body.responses.entity2?.query).toEqual({
      schema: 'Company',
      properties: { name: ['Brilliant Amazing Limited'], jurisdiction: ['hk'], registrationNumber: ['84BA99810'] },
    })
  })

  it('finds the listed person, echoes the cleaned query and explains each feature', async () => {
    const res = await match({ queries: { vv: ARMANAZI, xx: ARMANAZI, zz: ARMANAZI } })
    expect(res.statusCode).toBe(200)
    const body = res.json() as MatchBody
    expect(Object.keys(body.responses).sort()).toEqual(['vv', 'xx', 'zz'])
    const vv = body.responses.vv!
    expect(vv.query.schema).toBe('Person')
    expect(vv.query.properties.nationality?.[0]).toBe('sy')
    expect(vv.total.value).toBeGreaterThan(0)
    const top = vv.results[0]!
    expect(top.id).toBe('cers-amr-armanazi')
    expect(top.match).toBe(true)
    expect(top.score).toBeGreaterThan(0.7)
    expectEntityShape(top as unknown as Record<string, unknown>)
    expect(top.explanations.name_match).toMatchObject({ query: 'Amro Armanazi', candidate: 'Amr Armanazi' })
    expect(top.explanations.name_match?.detail).toMatch(/armanazi/)
    expect(top.features.dob_match).toBe(top.explanations.dob_match?.score)
    for (const e of Object.values(top.explanations)) expect(Object.keys(e).sort()).toEqual(['candidate', 'detail', 'query', 'score', 'weight'])
  })

  it("takes yente's algorithm names and rejects unknown ones", async () => {
    expect((await match({ queries: { q: ARMANAZI } }, { algorithm: 'neural-net' })).statusCode).toBe(400)
    for (const algorithm of ['best', 'logic-v2', 'name-based', 'vigil-v1']) {
      const res = await match({ queries: { q: ARMANAZI } }, { algorithm })
      expect(res.statusCode).toBe(200)
      expect(first(res).results[0]?.id).toBe('cers-amr-armanazi')
    }
    const nameOnly = await match({ queries: { q: ARMANAZI } }, { algorithm: 'name-only' })
    expect((nameOnly.json() as MatchBody).algorithm).toBe('name-only')
    expect(Object.keys(first(nameOnly).results[0]!.explanations)).not.toContain('dob_match')
  })

  it('scopes to a dataset and filters by include_dataset and exclude_dataset as yente does', async () => {
    const ids = async (query: Record<string, string | string[]>, dataset = 'default') =>
      first(await match({ queries: { q: SSRC } }, query, dataset)).results.map((r) => r.id)
    expect(await ids({})).toContain('cers-ssrc')
    expect(await ids({}, 'us_ofac_sdn')).toContain('cers-ssrc')
    expect(await ids({}, 'un_sc_sanctions')).not.toContain('cers-ssrc')
    expect(await ids({ include_dataset: ['un_sc_sanctions'] })).not.toContain('cers-ssrc')
    expect(await ids({ include_dataset: ['cers', 'un_sc_sanctions'] })).toContain('cers-ssrc')
    // An entity stays while any of its datasets is left in scope.
    expect(await ids({ exclude_dataset: 'cers' })).toContain('cers-ssrc')
    expect(await ids({ exclude_dataset: ['cers', 'us_ofac_sdn'] })).not.toContain('cers-ssrc')
    expect(await ids({ include_dataset: 'cers', exclude_dataset: 'cers' })).toEqual([])
  })

  it('filters by topics, schema, changed_since and excluded ids (canonical or referent)', async () => {
    const results = async (query: Record<string, string | string[]>) => first(await match({ queries: { q: ARMANAZI } }, query)).results
    expect(await results({ topics: 'crime.cyber' })).toEqual([])
    expect((await results({ topics: ['crime.cyber', 'sanction'] }))[0]?.id).toBe('cers-amr-armanazi')
    expect(await results({ exclude_schema: 'Person' })).toEqual([])
    expect(await results({ changed_since: '2099-01-01T00:00' })).toEqual([])
    expect((await results({ changed_since: '2000-01-01' }))[0]?.id).toBe('cers-amr-armanazi')
    expect((await results({ exclude_entity_ids: 'cers-amr-armanazi' })).map((r) => r.id)).not.toContain('cers-amr-armanazi')
    expect((await results({ exclude_entity_ids: ['ofac-15488'] })).map((r) => r.id)).not.toContain('cers-amr-armanazi')
  })

  it('passes the id through, reads numeric values, refuses a body without content type', async () => {
    const res = await match({ queries: { no1: { ...ARMANAZI, id: 'armanazi' } } })
    expect(first(res, 'no1').query.id).toBe('armanazi')
    const numeric = await match({ queries: { q: { schema: 'Person', properties: { name: ['Amr Armanazi'], birthDate: [1944] } } } })
    expect(numeric.statusCode).toBe(200)
    expect(first(numeric).query.properties.birthDate).toContain('1944')
    // Without a content-type any web page could send it, with no CORS preflight: 415 (see api-strict-inputs).
    const bare = await f.app.inject({ method: 'POST', url: '/match/default', payload: JSON.stringify({ queries: { q: ARMANAZI } }) })
    expect(bare.statusCode).toBe(415)
  })

  it('applies threshold, limit and weights from the request', async () => {
    const loose = first(await match({ queries: { q: { schema: 'Person', properties: { name: ['Amr Armanazy'] } } } }, { threshold: '0.2', limit: '20' }))
    expect(loose.results.length).toBeGreaterThan(1)
    expect(loose.results.length).toBeLessThanOrEqual(20)
    expect(loose.results.every((r) => r.score >= 0.2 && r.match === r.score >= 0.2)).toBe(true)
    const strict = first(await match({ queries: { q: ARMANAZI } }, { threshold: '1' }))
    expect(strict.results.every((r) => r.match === r.score >= 1)).toBe(true)
    const weighted = first(await match({ queries: { q: ARMANAZI }, weights: { dob_match: 0 } }, { threshold: '0.5' }))
    expect(weighted.results[0]?.explanations.dob_match).toMatchObject({ weight: 0 })
    const unknownWeight = await match({ queries: { q: ARMANAZI }, weights: { name_literal: 0.8 } })
    expect(unknownWeight.statusCode).toBe(400)
    expect(unknownWeight.json().detail).toMatch(/no feature 'name_literal'/)
    const config = await match({ queries: { q: ARMANAZI }, config: { nm_number_mismatch: 0.4 } })
    expect(config.statusCode).toBe(400)
    expect(config.json().detail).toMatch(/nm_number_mismatch/)
  })

  it('answers over a real listening socket', async () => {
    const address = await f.app.listen({ port: 0, host: '127.0.0.1' })
    const res = await fetch(`${address}/match/default?algorithm=best`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(f.key) },
      body: JSON.stringify({ queries: { ssrc: SSRC } }),
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-vigil-data-version')).toMatch(/^cers@/)
    const body = (await res.json()) as MatchBody
    expect(body.responses.ssrc?.results[0]?.id).toBe('cers-ssrc')
  })
})
