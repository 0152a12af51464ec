import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApiFixture, type ApiFixture } from './support/api-app.js'
import { expectEntityShape } from './support/entity-shape.js'

interface Path {
  topic: string
  steps: Array<{ id: string; caption: string; relation?: string }>
  listed: { id: string }
  explanation: string
}
type Result = Record<string, unknown> & { id: string; properties: Record<string, string[]>; paths: Path[] }

// Derived risk over the API's fixture (cers, OFAC SDN, UN): topics in properties.topics and proof paths.
describe('derived risk on /match, /search and /entities', () => {
  let f: ApiFixture
  beforeAll(async () => {
    f = await openApiFixture()
  }, 180_000)
  afterAll(() => f.close())

  it('/match: an SSRC front carries sanction.linked with its path to SSRC', async () => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/match/default',
      payload: { queries: { q: { schema: 'Company', properties: { name: ['Mahrous Trading FZE'] } } } },
    })
    expect(res.statusCode, res.body).toBe(200)
    const top = (res.json() as { responses: { q: { results: Result[] } } }).responses.q.results[0]!
    expectEntityShape(top)
    expect(top.id).toBe('ofac-20089')
    expect(top.properties.topics).toEqual(expect.arrayContaining(['sanction', 'sanction.linked']))
    expect(top.paths[0]).toMatchObject({ topic: 'sanction.linked', listed: { id: 'cers-ssrc' } })
    expect(top.paths[0]?.steps).toEqual([
      { id: 'ofac-20089', caption: 'MAHROUS TRADING FZE' },
      { id: 'cers-ssrc', caption: 'Syrian Scientific Studies and Research Center', relation: 'linked to (Linked To)' },
    ])
  })

  it('/search: Branch 450 carries sanction.control through Institute 3000/6000', async () => {
    const res = await f.app.inject('/search/default?q=Branch 450')
    expect(res.statusCode, res.body).toBe(200)
    const hit = (res.json() as { results: Result[] }).results.find((r) => r.id === 'cers-branch-450')!
    expect(hit.properties.topics).toContain('sanction.control')
    expect(hit.paths[0]?.steps.map((s) => s.id)).toEqual(['cers-branch-450', 'cers-institute-3000', 'cers-ssrc'])
  })

  it('/search: an entity with no derived risk has an empty paths list and its own topics only', async () => {
    const res = await f.app.inject('/search/default?q=amr armanazi')
    const top = (res.json() as { results: Result[] }).results[0]!
    expect(top.paths).toEqual([])
    expect(top.properties.topics ?? []).not.toContain('sanction.control')
  })

  it('/entities: Institute 4000, nested or flat, is a unit of SSRC with the path', async () => {
    for (const nested of ['true', 'false']) {
      const res = await f.app.inject(`/entities/cers-institute-4000?nested=${nested}`)
      expect(res.statusCode, res.body).toBe(200)
      const body = res.json() as Result
      expect(body.properties.topics).toContain('sanction.control')
      expect(body.paths[0]?.explanation).toBe(
        'Institute 4000 is a unit, branch or subsidiary of Syrian Scientific Studies and Research Center; Syrian Scientific Studies and Research Center is listed (cers, us_ofac_sdn).',
      )
    }
  })
})
