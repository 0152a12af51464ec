/** The web app as the server serves it: public shell and assets, a strict CSP, long-cached hashed names. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, liveIndexFor } from '../src/api/app.js'
import { APP_CSP, APP_SECTIONS, registerWebApp } from '../src/api/web-app.js'
import { loadConfig } from '../src/config.js'
import { createLogger } from '../src/log.js'
import { webAppPath } from '../src/resources.js'
import { APP_SECTIONS as WEB_SECTIONS } from '../web/src/routes.js'
import { openFixtureStore } from './support/fixture-store.js'
import type { TempStore } from './support/temp-store.js'
import type { FastifyInstance } from 'fastify'
import { bearer, userWithKey } from './support/auth.js'

let store: TempStore
let app: FastifyInstance
let key: string

beforeAll(async () => {
  store = await openFixtureStore('cers')
  const config = loadConfig({ ...store.storeOptions, workers: 1 })
  const logger = createLogger('silent')
  const live = liveIndexFor(config, store.store, logger)
  await live.get()
  app = await createApp({ config, store: store.store, logger, live })
  key = await userWithKey(store.store, 'analyst')
})
afterAll(async () => {
  await app?.close()
  await store?.cleanup()
})

const built = () => readFileSync(join(webAppPath(), 'index.html'), 'utf8')

describe('the web app', () => {
  it('serves its shell at / to anyone, with a CSP that allows no inline code and no other origin', async () => {
    const answer = await app.inject({ url: '/' })
    expect(answer.statusCode).toBe(200)
    expect(answer.headers['content-type']).toContain('text/html')
    expect(answer.headers['cache-control']).toBe('no-cache')
    const csp = String(answer.headers['content-security-policy'])
    expect(csp).toBe(APP_CSP)
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toMatch(/https?:/)
    expect(answer.body).toBe(built())
    // The shell names its assets by content hash, loads nothing from elsewhere and runs no inline script.
    expect(answer.body).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js">/)
    expect(answer.body).not.toMatch(/(src|href)="https?:/)
    expect(answer.body).not.toMatch(/<script(?![^>]*src=)[^>]*>/)
  })

  it('serves the hashed assets for a year, immutable, without credentials', async () => {
    const assets = readdirSync(join(webAppPath(), 'assets'))
    const script = assets.find((name) => /^index-[\w-]+\.js$/.test(name))!
    const answer = await app.inject({ url: `/assets/${script}` })
    expect(answer.statusCode).toBe(200)
    expect(answer.headers['content-type']).toContain('javascript')
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    // Every asset the app loads is a file of its own with a hashed name (none fetched from a CDN).
    for (const name of assets) expect(name).toMatch(/-[\w-]{8}\.\w+$/)
    expect((await app.inject({ url: '/assets/../index.html' })).statusCode).not.toBe(200)
    expect((await app.inject({ url: '/assets/missing-00000000.js' })).statusCode).toBe(404)
  })

  it('gives a browser navigation the shell and an API client the JSON, on the same path', async () => {
    const page = await app.inject({ url: '/entities/cers-ssrc', headers: { accept: 'text/html,application/xhtml+xml' } })
    expect(page.statusCode).toBe(200)
    expect(page.body).toBe(built())
    // The shell holds no data; the data still needs credentials.
    expect((await app.inject({ url: '/entities/cers-ssrc', headers: { accept: 'application/json' } })).statusCode).toBe(401)
    const entity = await app.inject({ url: '/entities/cers-ssrc', headers: { accept: 'application/json', ...bearer(key) } })
    expect(entity.statusCode).toBe(200)
    expect(entity.json().id).toBe('cers-ssrc')
    // A path outside the app's sections is the API's, whatever the client accepts.
    expect((await app.inject({ url: '/v1/alerts', headers: { accept: 'text/html' } })).statusCode).toBe(401)
  })

  it('serves the shell at every section the app routes, and only those', () => {
    expect([...APP_SECTIONS].sort()).toEqual([...WEB_SECTIONS].sort())
  })

  it('says how to build the app when it is not built, instead of an empty page', async () => {
    const bare = Fastify()
    await registerWebApp(bare, mkdtempSync(join(tmpdir(), 'vigil-web-')))
    const answer = await bare.inject({ url: '/' })
    expect(answer.statusCode).toBe(503)
    expect(answer.body).toContain('npm run build')
    await bare.close()
  })
})
