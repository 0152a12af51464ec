import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { pino } from 'pino'
import { createApp, liveIndexFor } from '../src/api/app.js'
import { loadConfig } from '../src/config.js'
import { openFixtureStore } from './support/fixture-store.js'
import type { TempStore } from './support/temp-store.js'
import { injectingKey, userWithKey } from './support/auth.js'

const PERSON = { schema: 'Person', properties: { name: ['Amr Armanazi'] } }

describe('HTTP API bad input', () => {
  let t: TempStore
  let app: FastifyInstance
  const logLines: string[] = []
  const match = (payload: unknown, url = '/match/default') => app.inject({ method: 'POST', url, payload: payload as object })

  beforeAll(async () => {
    t = await openFixtureStore('cers')
    const sink = new Writable({
      write(chunk, _enc, done) {
        logLines.push(...String(chunk).trim().split('\n'))
        done()
      },
    })
    const config = loadConfig({ ...t.storeOptions, workers: 1 })
    const logger = pino({ level: 'info' }, sink)
    const live = liveIndexFor(config, t.store, logger)
    await live.get()
    app = injectingKey(await createApp({ config, store: t.store, logger, live }), await userWithKey(t.store, 'admin'))
  }, 120_000)
  afterAll(async () => {
    await app.close()
    await t.cleanup().catch(() => undefined)
  })

  it('answers 404 listing the datasets for an unknown dataset', async () => {
    const res = await match({ queries: { q: PERSON } }, '/match/eu_fsf')
    expect(res.statusCode).toBe(404)
    expect(res.json()).toMatchObject({ status: 404, code: 'unknown_dataset' })
    expect(res.json().detail).toMatch(/No dataset 'eu_fsf'\. Datasets: default, cers\./)
  })

  // A query that cannot be screened is answered in its own entry (yente's per-query status); the batch is still a 200.
  const entry = async (query: unknown) => {
    const res = await match({ queries: { ok: PERSON, q: query } })
    expect(res.statusCode, res.body).toBe(200)
    const { responses } = res.json() as { responses: Record<string, { status: number; code?: string; detail?: string }> }
    expect(responses.ok!.status).toBe(200)
    return responses.q!
  }

  it('answers 400 in its entry naming an unknown schema or property, and the query it is in', async () => {
    const schema = await entry({ schema: 'xxx', properties: { name: 'Banana' } })
    expect(schema).toMatchObject({ status: 400, code: 'unknown_schema' })
    expect(schema.detail).toMatch(/Query 'q'.*'xxx'/)
    const prop = await entry({ schema: 'Person', properties: { name: 'Amr', colour: 'red' } })
    expect(prop).toMatchObject({ status: 400, code: 'unknown_property' })
    expect(prop.detail).toMatch(/no property 'colour'/)
    expect((await entry({ schema: 'Address', properties: { full: 'Jamraya' } })).status).toBe(400)
  })

  it('answers 400 for an empty query or a name too long (in its entry), an empty batch and too many queries (the request)', async () => {
    const empty = await entry({ schema: 'Person', properties: {} })
    expect(empty.status).toBe(400)
    expect(empty.detail).toMatch(/no name and no identifier/)
    expect((await entry({ schema: 'Person', properties: { name: ['   '] } })).status).toBe(400)
    expect((await match({ queries: {} })).statusCode).toBe(400)
    const queries = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`q${i}`, PERSON]))
    const many = await match({ queries })
    expect(many.statusCode).toBe(400)
    expect(many.json().detail).toMatch(/1001.*limit: 1000/)
    const thousand = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`q${i}`, PERSON]))
    expect((await match({ queries: thousand })).statusCode).toBe(200)
    const long = await entry({ schema: 'Person', properties: { name: ['A'.repeat(1001)] } })
    expect(long.status).toBe(400)
    expect(long.detail).toMatch(/over 1000 characters/)
    expect((await entry({ schema: 'Person', properties: { name: ['A '.repeat(500)] } })).status).toBe(200)
  })

  it('answers 400 naming the field for wrong types', async () => {
    const noSchema = await match({ queries: { fail: { properties: { name: 'Banana' } } } })
    expect(noSchema.statusCode).toBe(400)
    expect(noSchema.json().detail).toMatch(/queries\.fail\.schema/)
    const nested = await match({ queries: { q: { schema: 'Person', properties: { name: { first: 'Amr' } } } } })
    expect(nested.statusCode).toBe(400)
    expect(nested.json().detail).toMatch(/queries\.q\.properties\.name/)
    const notJson = await app.inject({ method: 'POST', url: '/match/default', headers: { 'content-type': 'application/json' }, payload: '{"queries":' })
    expect(notJson.statusCode).toBe(400)
    const limit = await app.inject({ method: 'POST', url: '/match/default?limit=lots', payload: { queries: { q: PERSON } } })
    expect(limit.statusCode).toBe(400)
    expect(limit.json().detail).toMatch(/limit/)
    const threshold = await app.inject({ method: 'POST', url: '/match/default?threshold=2', payload: { queries: { q: PERSON } } })
    expect(threshold.statusCode).toBe(400)
    expect(threshold.json().detail).toMatch(/threshold/)
    const since = await app.inject({ method: 'POST', url: '/match/default?changed_since=yesterday', payload: { queries: { q: PERSON } } })
    expect(since.statusCode).toBe(400)
    expect(since.json().detail).toMatch(/changed_since/)
  })

  it('turns anything unknown into a 500, logged once with its stack', async () => {
    await t.store.close()
    const before = logLines.length
    const res = await app.inject('/catalog')
    expect(res.statusCode).toBe(500)
    expect(res.json()).toEqual({ status: 500, code: 'internal', detail: 'Internal error; it has been logged.' })
    const errors = logLines
      .slice(before)
      .map((l) => JSON.parse(l) as { level: number; msg: string; err?: { stack?: string } })
      .filter((l) => l.level >= 50)
    expect(errors).toHaveLength(1)
    expect(errors[0]?.err?.stack).toMatch(/Error/)
  })
})
