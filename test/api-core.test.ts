import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { createApp, liveIndexFor } from '../src/api/app.js'
import type { LiveIndex } from '../src/api/live-index.js'
import { loadConfig } from '../src/config.js'
import { createLogger } from '../src/log.js'
import { ALGORITHMS, DEFAULT_ALGORITHM } from '../src/scoring/algorithms.js'
import { sharedData } from './support/shared-data.js'
import { openTempStore, type TempStore } from './support/temp-store.js'
import { bearer, injectingKey, userWithKey } from './support/auth.js'

interface Catalog {
  datasets: Array<{ name: string; version: string | null; index_version: string | null; index_current: boolean; entity_count: number; children: string[] }>
  current: string[]
  outdated: string[]
  index_stale: boolean
}

describe('HTTP API core routes', () => {
  let t: TempStore
  let app: FastifyInstance
  let live: LiveIndex
  let key: string

  beforeAll(async () => {
    t = await openTempStore()
    const logger = createLogger('silent')
    const config = loadConfig({ ...t.storeOptions, workers: 1 })
    live = liveIndexFor(config, t.store, logger)
    key = await userWithKey(t.store, 'admin')
    app = injectingKey(await createApp({ config, store: t.store, logger, live }), key)
  })
  afterAll(async () => {
    await app.close()
    await t.cleanup()
  })

  it('is not ready before any dataset is imported, nor while the index builds; then ready', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' })
    expect((await app.inject('/readyz')).statusCode).toBe(503)
    const swapped: string[] = []
    live.onSwap((summary) => swapped.push(summary.version))
    await t.importFile('ofac-csv', sharedData('ofac-sdn/2021-07-07'))
    // Asked twice in one tick (and once more by /readyz), the index is checked and built once.
    const waiting = Promise.all([live.get(), live.refresh()])
    const building = await app.inject('/readyz')
    expect(building.statusCode).toBe(503)
    expect(building.json().detail).toMatch(/Building the screening index/)
    const [first, second] = await waiting
    expect(second?.version).toBe(first.version)
    await live.refresh()
    expect(swapped).toEqual([first.version])
    const ready = await app.inject('/readyz')
    expect(ready.statusCode).toBe(200)
    expect(ready.json().data_version).toMatch(/^us_ofac_sdn@\d{14}-\d+$/)
  })

  it("lists the datasets in yente's catalog shape with their version and the version indexed", async () => {
    const body = (await app.inject('/catalog')).json() as Catalog
    const sdn = body.datasets.find((d) => d.name === 'us_ofac_sdn')
    expect(sdn?.version).toMatch(/^\d{14}-\d+$/)
    expect(sdn?.index_version).toBe(sdn?.version)
    expect(sdn?.entity_count).toBeGreaterThan(8976)
    const all = body.datasets.find((d) => d.name === 'default')
    expect(all?.entity_count).toBe(sdn?.entity_count)
    expect(all?.children).toEqual(['us_ofac_sdn'])
    expect(body).toMatchObject({ current: ['us_ofac_sdn'], outdated: [], index_stale: false })
  })

  it('rebuilds the index beside the live one when a dataset is imported, then swaps it in', async () => {
    const before = (await live.get()).version
    const swapped: string[] = []
    live.onSwap((summary) => swapped.push(summary.version))
    await t.importFile('yaml', 'datasets/cers')
    const stale = (await app.inject('/catalog')).json() as Catalog
    expect(stale).toMatchObject({ outdated: ['cers'], index_stale: true })
    // The live index keeps serving while the new one builds.
    const during = await app.inject({
      method: 'POST',
      url: '/match/default',
      payload: { queries: { q: { schema: 'Organization', properties: { name: 'Scientific Studies and Research Center' } } } },
    })
    expect(during.json().data_version).toBe(before)
    const next = await live.refresh()
    expect(next?.version).not.toBe(before)
    expect(swapped).toEqual([next?.version])
    const after = await app.inject({
      method: 'POST',
      url: '/match/cers',
      payload: { queries: { q: { schema: 'Organization', properties: { name: 'Scientific Studies and Research Center' } } } },
    })
    expect(after.statusCode).toBe(200)
    expect(after.json().data_version).toBe(next?.version)
    expect(after.json().responses.q.results[0].id).toBe('cers-ssrc')
    expect(((await app.inject('/catalog')).json() as Catalog).index_stale).toBe(false)
  })

  it('documents the algorithms from the objects that score', async () => {
    const body = (await app.inject('/algorithms')).json() as {
      algorithms: Array<{ name: string; threshold: number; features: Record<string, { description: string; coefficient: number }>; docs: { name: string } }>
      default: string
      best: string
    }
    expect(body.algorithms.map((a) => a.name)).toEqual(ALGORITHMS.map((a) => a.name))
    expect(body.default).toBe(DEFAULT_ALGORITHM.name)
    expect(body.best).toBe(DEFAULT_ALGORITHM.name)
    const v1 = body.algorithms.find((a) => a.name === DEFAULT_ALGORITHM.name)!
    expect(v1.threshold).toBe(DEFAULT_ALGORITHM.threshold)
    expect(v1.docs.name).toBe(v1.name)
    for (const { feature, weight } of DEFAULT_ALGORITHM.features) {
      expect(v1.features[feature.name]).toMatchObject({ description: feature.description, coefficient: weight })
    }
  })

  it('serves the OpenAPI document and a docs page with local assets', async () => {
    const doc = (await app.inject('/openapi.json')).json() as {
      openapi: string
      paths: Record<
        string,
        Record<
          string,
          { requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown> } }> }; parameters?: Array<{ name: string; in: string }> }
        >
      >
    }
    expect(doc.openapi).toMatch(/^3\./)
    for (const path of ['/match/{dataset}', '/search/{dataset}', '/entities/{id}', '/catalog', '/algorithms', '/healthz', '/readyz'])
      expect(Object.keys(doc.paths)).toContain(path)
    const match = doc.paths['/match/{dataset}']!.post!
    expect(Object.keys(match.requestBody!.content['application/json']!.schema.properties)).toEqual(expect.arrayContaining(['queries', 'weights', 'config']))
    expect(match.parameters!.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'algorithm',
        'threshold',
        'limit',
        'include_dataset',
        'exclude_dataset',
        'exclude_schema',
        'topics',
        'changed_since',
        'exclude_entity_ids',
      ]),
    )
    const page = await app.inject('/docs/')
    expect(page.statusCode).toBe(200)
    expect(page.body).toMatch(/swagger-ui-bundle\.js/)
    expect(page.body).not.toMatch(/https?:\/\/(cdn|unpkg)/)
    expect((await app.inject('/docs/static/swagger-ui-bundle.js')).statusCode).toBe(200)
  })

  it('answers over a real listening socket', async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' })
    // Since cers was imported, the OFAC record is part of a curated entity: the redirect is followed.
    const res = await fetch(`${address}/entities/ofac-10128`, { headers: bearer(key) })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { id: string; referents: string[]; datasets: string[] }
    expect(res.url).toBe(`${address}/entities/${body.id}`)
    expect(body.referents).toContain('ofac-10128')
    expect(body.datasets).toEqual(['cers', 'us_ofac_sdn'])
  })
})
