import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { createApp, liveIndexFor } from '../src/api/app.js'
import type { LiveIndex } from '../src/api/live-index.js'
import { loadConfig, type Config } from '../src/config.js'
import { createLogger } from '../src/log.js'
import { openFixtureStore } from './support/fixture-store.js'
import type { TempStore } from './support/temp-store.js'
import { injectingKey, userWithKey } from './support/auth.js'

// Limits small enough to reach with a few requests over the curated network alone.
const LIMITS = { workers: 1, maxQueue: 1, maxRequestChars: 5_000, maxParties: 3, requestTimeoutMs: 30_000 }

interface Served {
  app: FastifyInstance
  live: LiveIndex
}

async function serve(t: TempStore, overrides: Partial<Config>): Promise<Served> {
  const config = loadConfig({ ...t.storeOptions, ...LIMITS, ...overrides })
  const logger = createLogger('silent')
  const live = liveIndexFor(config, t.store, logger)
  await live.get()
  return { app: injectingKey(await createApp({ config, store: t.store, logger, live }), await userWithKey(t.store, 'admin')), live }
}

/** `count` queries of real-looking names, `length` characters each. */
function batch(count: number, length: number) {
  const words = ['Mahrous', 'Trading', 'Scientific', 'Studies', 'Research', 'Armanazi', 'Institute', 'Higher', 'Applied']
  const name = (i: number) =>
    Array.from({ length: 40 }, (_, j) => words[(i + j) % words.length])
      .join(' ')
      .slice(0, length)
  return { queries: Object.fromEntries(Array.from({ length: count }, (_, i) => [`q${i}`, { schema: 'Organization', properties: { name: [name(i)] } }])) }
}

const SMALL = { queries: { q: { schema: 'Organization', properties: { name: ['Scientific Studies and Research Center'] } } } }

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 2))
  expect(condition()).toBe(true)
}

describe('HTTP API limits and overload', () => {
  let t: TempStore
  let s: Served

  beforeAll(async () => {
    t = await openFixtureStore('cers')
    s = await serve(t, {})
  }, 120_000)
  afterAll(async () => {
    await s?.app.close()
    await t?.cleanup()
  })

  it('refuses a batch whose values add up to more characters than the limit, with 413 naming it', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/match/default', payload: batch(60, 100) })
    expect(res.statusCode).toBe(413)
    expect(res.json()).toMatchObject({ status: 413, code: 'too_large' })
    expect(res.json().detail).toMatch(/6000 characters \(limit: 5000, VIGIL_MAX_REQUEST_CHARS\)/)
    expect((await s.app.inject({ method: 'POST', url: '/match/default', payload: batch(40, 100) })).statusCode).toBe(200)
  })

  it('refuses a shipment with more parties than the limit, naming the field', async () => {
    const party = { role: 'buyer', schema: 'Company', properties: { name: ['Phoenicia Scientific Supplies SAL'] } }
    const res = await s.app.inject({ method: 'POST', url: '/screen', payload: { parties: [party, party, party, party] } })
    expect(res.statusCode).toBe(413)
    expect(res.json().detail).toMatch(/4 parties \(limit: 3, VIGIL_MAX_PARTIES\)/)
    expect((await s.app.inject({ method: 'POST', url: '/screen', payload: { parties: [party] } })).statusCode).toBe(200)
  })

  it('answers 503 with Retry-After when more requests are in progress than the queue takes, then serves again', async () => {
    const heavy = s.app.inject({ method: 'POST', url: '/match/default', payload: batch(45, 100) })
    await waitFor(() => s.live.inProgress === 1)
    const refused = await s.app.inject({ method: 'POST', url: '/match/default', payload: SMALL })
    expect(refused.statusCode).toBe(503)
    expect(refused.headers['retry-after']).toBe('5')
    expect(refused.json()).toMatchObject({ code: 'overloaded' })
    expect(refused.json().detail).toMatch(/VIGIL_MAX_QUEUE/)
    // Health answers whatever the load.
    expect((await s.app.inject('/healthz')).statusCode).toBe(200)
    expect((await heavy).statusCode).toBe(200)
    expect(s.live.inProgress).toBe(0)
    expect((await s.app.inject({ method: 'POST', url: '/match/default', payload: SMALL })).statusCode).toBe(200)
  })

  it('answers 503 with Retry-After when a request outlives the timeout, and drops its waiting work', async () => {
    const slow = await serve(t, { requestTimeoutMs: 100, maxQueue: 10, maxRequestChars: 200_000 })
    try {
      const res = await slow.app.inject({ method: 'POST', url: '/match/default', payload: batch(1000, 150) })
      expect(res.statusCode).toBe(503)
      expect(res.headers['retry-after']).toBe('5')
      expect(res.json()).toMatchObject({ code: 'timeout' })
      expect(res.json().detail).toMatch(/within 100 ms \(VIGIL_REQUEST_TIMEOUT_MS\)/)
      expect(slow.live.inProgress).toBe(0)
      expect((await slow.app.inject({ method: 'POST', url: '/match/default', payload: SMALL })).statusCode).toBe(200)
    } finally {
      await slow.app.close()
    }
  })

  it('refuses a body over the body limit with 413 naming the variable', async () => {
    const small = await serve(t, { bodyLimit: 2048 })
    try {
      const res = await small.app.inject({ method: 'POST', url: '/match/default', payload: batch(30, 100) })
      expect(res.statusCode).toBe(413)
      expect(res.json().detail).toMatch(/larger than 2048 bytes \(VIGIL_BODY_LIMIT\)/)
    } finally {
      await small.app.close()
    }
  })

  it('sends security headers and answers 421 for a Host that is not this server', async () => {
    const res = await s.app.inject('/healthz')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/)
    const rebound = await s.app.inject({ url: '/catalog', headers: { host: 'attacker.example:8000' } })
    expect(rebound.statusCode).toBe(421)
    expect(rebound.json().detail).toMatch(/Host 'attacker\.example' .*VIGIL_ALLOWED_HOSTS/)
    for (const host of ['localhost:8000', '127.0.0.1', '[::1]:8000']) {
      expect((await s.app.inject({ url: '/healthz', headers: { host } })).statusCode).toBe(200)
    }
  })

  it('refuses new work with 503 while its event loop lags past the limit, and still answers /healthz', async () => {
    const guarded = await serve(t, { maxEventLoopDelayMs: 100 })
    try {
      // Something on the request thread that should never be there: long synchronous stalls. The
      // lag is sampled once a second, and a sample taken just before the stall is recorded misses
      // it; so the thread stalls again until a sample has seen it (a few rounds at most).
      const stall = (ms: number) => {
        const until = Date.now() + ms
        while (Date.now() < until) {}
      }
      let refused: Awaited<ReturnType<FastifyInstance['inject']>> | undefined
      for (let i = 0; i < 20 && refused?.statusCode !== 503; i++) {
        stall(600)
        await new Promise((r) => setTimeout(r, 20))
        refused = await guarded.app.inject({ method: 'POST', url: '/match/default', payload: SMALL })
      }
      expect(refused?.statusCode).toBe(503)
      expect(refused?.headers['retry-after']).toBeDefined()
      expect((await guarded.app.inject('/healthz')).statusCode).toBe(200)
    } finally {
      await guarded.app.close()
    }
  })

  it('serves a host listed in VIGIL_ALLOWED_HOSTS', async () => {
    const named = await serve(t, { allowedHosts: ['vigil.internal'] })
    try {
      expect((await named.app.inject({ url: '/healthz', headers: { host: 'vigil.internal:8000' } })).statusCode).toBe(200)
      expect((await named.app.inject({ url: '/healthz', headers: { host: 'other.internal' } })).statusCode).toBe(421)
    } finally {
      await named.app.close()
    }
  })
})
