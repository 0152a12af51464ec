import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApiFixture, type ApiFixture } from './support/api-app.js'
import { expectEntityShape } from './support/entity-shape.js'

interface Facet {
  label: string
  values: Array<{ name: string; label: string; count: number }>
}
interface SearchBody {
  results: Array<Record<string, unknown> & { id: string; schema: string; datasets: string[]; first_seen: string | null; last_seen: string | null }>
  facets: Record<string, Facet>
  total: { value: number; relation: string }
  limit: number
  offset: number
  data_version: string
}

// yente's search tests (tests/test_search.py), on Vigil's real data.
describe('GET /search/{dataset} (yente-compatible)', () => {
  let f: ApiFixture
  const search = async (url: string) => {
    const res = await f.app.inject(url)
    expect(res.statusCode, res.body).toBe(200)
    return res.json() as SearchBody
  }

  beforeAll(async () => {
    f = await openApiFixture()
  }, 180_000)
  afterAll(() => f.close())

  it('finds a listed person by name, with entity fields a yente client reads', async () => {
    const data = await search('/search/default?q=amr armanazi')
    const top = data.results[0]!
    expectEntityShape(top)
    expect(top.id).toBe('cers-amr-armanazi')
    expect(top.first_seen).not.toBeNull()
    expect(top.last_seen).not.toBeNull()
    expect(top.datasets).not.toContain('default')
    expect(data.total).toMatchObject({ relation: 'eq' })
    expect(data.limit).toBe(10)
    expect(data.offset).toBe(0)
    expect(data.data_version).toMatch(/^cers@/)
  })

  it('lists entities without a query, in pages', async () => {
    const page1 = await search('/search/default')
    expect(page1.results.length).toBe(10)
    expect(page1.total.value).toBeGreaterThan(10000)
    const page2 = await search('/search/default?limit=10&offset=10')
    expect(page2.results.map((r) => r.id)).not.toContain(page1.results[0]!.id)
  })

  it('answers 404 for an unknown dataset and 400 for an unknown schema', async () => {
    const missing = await f.app.inject('/search/banana')
    expect(missing.statusCode).toBe(404)
    expect(missing.json().detail).toMatch(/No dataset 'banana'.*default, cers, un_sc_sanctions, us_ofac_sdn/)
    const schema = await f.app.inject('/search/default?q=armanazi&schema=Banana')
    expect(schema.statusCode).toBe(400)
    expect(schema.json().detail).toMatch(/Banana/)
  })

  it('filters by schema, exclude_schema and datasets', async () => {
    expect((await search('/search/default?q=amr armanazi&schema=Vessel')).results).toEqual([])
    expect((await search('/search/default?q=amr armanazi&schema=Person')).results[0]?.id).toBe('cers-amr-armanazi')
    const all = await search('/search/cers?q=syria')
    expect(all.results.some((r) => r.schema === 'Address')).toBe(true)
    const noAddresses = await search('/search/cers?q=syria&exclude_schema=Address')
    expect(noAddresses.total.value).toBeLessThan(all.total.value)
    const ids = async (url: string) => (await search(url)).results.map((r) => r.id)
    expect(await ids('/search/default?q=amr armanazi&exclude_dataset=cers&exclude_dataset=us_ofac_sdn')).not.toContain('cers-amr-armanazi')
    expect(await ids('/search/default?q=amr armanazi&include_dataset=un_sc_sanctions')).not.toContain('cers-amr-armanazi')
    expect(await ids('/search/default?q=amr armanazi&exclude_dataset=cers')).toContain('cers-amr-armanazi')
    expect((await search('/search/default?q=amr armanazi&include_dataset=cers&exclude_dataset=cers')).total.value).toBe(0)
    expect((await search('/search/default?q=amr armanazi&changed_since=2099-01-01T00:00')).total.value).toBe(0)
  })

  it('filters by countries, with OR by default and AND on request', async () => {
    expect((await search('/search/default?q=scientific studies research&countries=sy')).results.map((r) => r.id)).toContain('cers-ssrc')
    expect((await search('/search/default?q=scientific studies research&countries=ke')).results.map((r) => r.id)).not.toContain('cers-ssrc')
    expect((await search('/search/default?q=scientific studies research&countries=ke&countries=sy')).results.map((r) => r.id)).toContain('cers-ssrc')
    expect((await search('/search/default?q=scientific studies research&countries=ke&countries=sy&filter_op=AND')).results.map((r) => r.id)).not.toContain(
      'cers-ssrc',
    )
  })

  it('counts countries, topics and datasets by default, and the facets asked for', async () => {
    const data = await search('/search/default?q=scientific studies research&countries=sy')
    expect(Object.keys(data.facets).sort()).toEqual(['countries', 'datasets', 'topics'])
    const countries = data.facets.countries!.values
    expect(countries.find((c) => c.name === 'sy')).toMatchObject({ label: expect.stringMatching(/^Syria/) })
    expect(countries.map((c) => c.name)).not.toContain('ke')
    expect(data.facets.datasets!.values.map((d) => d.name)).toContain('cers')
    const cers = await search('/search/cers')
    expect(cers.facets.datasets!.values.map((d) => d.name)).not.toContain('un_sc_sanctions')
    const chosen = await search('/search/default?facets=schema&facets=topics')
    expect(Object.keys(chosen.facets).sort()).toEqual(['schema', 'topics'])
    expect(chosen.facets.schema!.values.find((v) => v.name === 'Person')?.label).toBe('People')
    expect(chosen.facets.topics!.values.map((v) => v.name)).toContain('sanction')
    expect((await search('/search/default?topics=sanction')).total.value).toBeGreaterThan(0)
    expect((await search('/search/default?schema=Address')).total.value).toBeGreaterThan(0)
  })

  it('names the field of a bad parameter', async () => {
    const res = await f.app.inject('/search/default?limit=many')
    expect(res.statusCode).toBe(400)
    expect(res.json().detail).toMatch(/limit/)
    const facet = await f.app.inject('/search/default?facets=colours')
    expect(facet.statusCode).toBe(400)
    expect(facet.json().detail).toMatch(/facets/)
  })
})
