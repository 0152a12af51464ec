import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { createApp } from '../src/api/app.js'
import { loadConfig } from '../src/config.js'
import { createLogger } from '../src/log.js'
import { sharedData } from './support/shared-data.js'
import { openTempStore, type TempStore } from './support/temp-store.js'

describe('HTTP API core routes', () => {
  let t: TempStore
  let app: FastifyInstance

  beforeAll(async () => {
    t = await openTempStore()
    app = await createApp({ config: loadConfig({ home: t.home }), store: t.store, logger: createLogger('silent') })
  })
  afterAll(async () => {
    await app.close()
    await t.cleanup()
  })

  it('is not ready before any dataset is imported, then ready', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' })
    expect((await app.inject('/readyz')).statusCode).toBe(503)
    await t.importFile('ofac-csv', sharedData('ofac-sdn/2021-07-07'))
    expect((await app.inject('/readyz')).statusCode).toBe(200)
  })

  it('lists the datasets in the catalog with their version and source', async () => {
    const body = (await app.inject('/catalog')).json() as { datasets: Array<{ name: string; version?: string; entity_count: number }> }
    const sdn = body.datasets.find((d) => d.name === 'us_ofac_sdn')
    expect(sdn?.version).toMatch(/^\d{14}-\d+$/)
    expect(sdn?.entity_count).toBeGreaterThan(8976)
    expect(body.datasets.find((d) => d.name === 'default')?.entity_count).toBe(sdn?.entity_count)
  })

  it('serves an entity with its relations and provenance, and 404s an unknown one', async () => {
    const res = await app.inject('/entities/ofac-9352')
    expect(res.statusCode).toBe(200)
    const body = res.json() as { caption: string; provenance: Array<{ prop: string; source: { file: string } }>; relations: Array<{ via: string }> }
    expect(body.caption).toBe('SCIENTIFIC STUDIES AND RESEARCH CENTER')
    expect(body.provenance.find((p) => p.prop === 'name')?.source.file).toBe('sdn.csv')
    expect(body.relations.map((r) => r.via)).toContain('Sanction.entity')
    expect(body.relations.map((r) => r.via)).toContain('UnknownLink.object')
    const missing = await app.inject('/entities/no-such-id')
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toMatchObject({ code: 'not_found' })
  })

  it('answers over a real listening socket', async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' })
    const res = await fetch(`${address}/entities/ofac-10128`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { caption: string }).caption).toBe('HIGHER INSTITUTE OF APPLIED SCIENCE AND TECHNOLOGY')
  })
})
