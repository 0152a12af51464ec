import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApiFixture, type ApiFixture } from './support/api-app.js'
import { expectEntityShape } from './support/entity-shape.js'
import { bearer } from './support/auth.js'

interface Nested {
  id: string
  schema: string
  caption: string
  properties: Record<string, Array<string | Nested>>
  provenance?: Array<{ prop: string; dataset: string; source: { file?: string } }>
}

const byId = (values: Array<string | Nested> | undefined, id: string) => values?.find((v): v is Nested => typeof v === 'object' && v.id === id)

// yente's entity tests (tests/test_entity.py), on Vigil's real data.
describe('GET /entities/{id} (yente-compatible, with provenance)', () => {
  let f: ApiFixture

  beforeAll(async () => {
    f = await openApiFixture()
  }, 180_000)
  afterAll(() => f.close())

  it('answers 404 for an unknown entity', async () => {
    const res = await f.app.inject('/entities/banana')
    expect(res.statusCode).toBe(404)
    expect(res.json()).toMatchObject({ code: 'not_found' })
  })

  it('merges an entity across datasets and nests its sanctions, with provenance', async () => {
    const res = await f.app.inject('/entities/cers-amr-armanazi')
    expect(res.statusCode).toBe(200)
    const data = res.json() as Nested & { datasets: string[]; referents: string[] }
    expectEntityShape(data as unknown as Record<string, unknown>)
    expect(data.schema).toBe('Person')
    expect(data.datasets).toEqual(['cers', 'us_ofac_sdn'])
    expect(data.referents).toContain('ofac-15488')
    expect(typeof data.properties.birthDate?.[0]).toBe('string')
    const sanction = data.properties.sanctions?.find((s): s is Nested => typeof s === 'object')
    expect(sanction?.schema).toBe('Sanction')
    expect(sanction?.properties.entity).toContain('ofac-15488')
    expect(sanction?.provenance?.[0]?.dataset).toBe('us_ofac_sdn')
    expect(data.provenance?.find((p) => p.dataset === 'us_ofac_sdn' && p.prop === 'name')?.source.file).toBe('sdn.csv')
  })

  it('nests addresses, and the far side of a link entity', async () => {
    const data = (await f.app.inject('/entities/cers-ssrc')).json() as Nested
    const address = byId(data.properties.addressEntity, 'cers-addr-jamraya')
    expect(address?.schema).toBe('Address')
    expect(address?.properties.city).toEqual(['Jamraya'])
    const parent = data.properties.parent?.find((p): p is Nested => typeof p === 'object')
    expect(parent?.id).toBe('cers-ministry-of-defense')
    // Units point at SSRC through their parent; each comes back with SSRC as an id, not nested again.
    const subsidiaries = (data.properties.subsidiaries ?? []).filter((s): s is Nested => typeof s === 'object')
    expect(subsidiaries.length).toBeGreaterThan(0)
    expect(subsidiaries[0]?.properties.parent).toContain('cers-ssrc')
  })

  it('gives ids instead of nested entities with nested=false', async () => {
    const data = (await f.app.inject('/entities/cers-ssrc?nested=false')).json() as Nested
    expect(data.properties.addressEntity).toContain('cers-addr-jamraya')
    expect(data.properties.subsidiaries).toBeUndefined()
    expect(data.provenance?.length).toBeGreaterThan(0)
  })

  it('redirects a merged id to its canonical entity, as yente does', async () => {
    const res = await f.app.inject('/entities/ofac-9352')
    expect(res.statusCode).toBe(308)
    expect(res.headers.location).toBe('/entities/cers-ssrc')
    const address = await f.app.listen({ port: 0, host: '127.0.0.1' })
    const followed = await fetch(`${address}/entities/ofac-9352`, { headers: bearer(f.key) })
    expect(followed.status).toBe(200)
    expect(((await followed.json()) as Nested).id).toBe('cers-ssrc')
  })
})
