/**
 * Who may call what: 401 without credentials (or with a malformed or revoked key), 403 for a role
 * that may not, for every route of the API (a table test), and the session cookie of
 * POST /v1/auth/login. The expected matrix is written out here from the roles, not derived
 * from the code's grants, so a change to either shows up as a failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { createApp, liveIndexFor } from '../src/api/app.js'
import { ROUTE_PERMISSIONS } from '../src/api/route-permissions.js'
import { loadConfig } from '../src/config.js'
import { createLogger } from '../src/log.js'
import { cliPrincipal } from '../src/review/principal.js'
import type { Role } from '../src/review/roles.js'
import { createKey, revokeKey } from '../src/review/users.js'
import { bearer, keysForEveryRole, userWithKey, type RoleKeys } from './support/auth.js'
import { openFixtureStore } from './support/fixture-store.js'
import type { TempStore } from './support/temp-store.js'

const ROLES_UNDER_TEST: Role[] = ['screener', 'analyst', 'reviewer', 'auditor', 'admin']

// The roles. Screeners match, search, screen and record; analysts also read the records and
// work alerts, cases and monitors; reviewers also approve and reject; auditors read everything (the
// audit log too) and write nothing; admins do everything (users, keys, webhooks, whitelist removals).
const EVERYONE: Role[] = ['screener', 'analyst', 'reviewer', 'auditor', 'admin']
const RECORDERS: Role[] = ['screener', 'analyst', 'reviewer', 'admin']
const READERS: Role[] = ['analyst', 'reviewer', 'auditor', 'admin']
const WORKERS: Role[] = ['analyst', 'reviewer', 'admin']
const REVIEWERS: Role[] = ['reviewer', 'admin']
const AUDITORS: Role[] = ['auditor', 'admin']
const ADMINS: Role[] = ['admin']

const NOBODY_QUERY = { q: { schema: 'Person', properties: { name: ['Quentin Nobody Testperson'] } } }
const NO_SUCH_ID = 999_999

interface Case {
  /** `METHOD /pattern`, as ROUTE_PERMISSIONS names it. */
  route: string
  allowed: Role[]
  /** The request to send (a non-existent id, or an empty body, is fine: allowed means "not 401/403"). */
  request: InjectOptions
}

const get = (url: string): InjectOptions => ({ method: 'GET', url })
const post = (url: string, payload: object = {}): InjectOptions => ({ method: 'POST', url, payload })

const MATRIX: Case[] = [
  { route: 'GET /catalog', allowed: EVERYONE, request: get('/catalog') },
  { route: 'GET /algorithms', allowed: EVERYONE, request: get('/algorithms') },
  { route: 'GET /entities/:id', allowed: EVERYONE, request: get('/entities/cers-ssrc') },
  { route: 'GET /search/:dataset', allowed: EVERYONE, request: get('/search/default?q=research') },
  { route: 'POST /match/:dataset', allowed: EVERYONE, request: post('/match/default', { queries: NOBODY_QUERY }) },
  { route: 'POST /screen', allowed: EVERYONE, request: post('/screen') },
  { route: 'POST /v1/auth/logout', allowed: EVERYONE, request: post('/v1/auth/logout') },
  { route: 'GET /v1/auth/me', allowed: EVERYONE, request: get('/v1/auth/me') },
  { route: 'POST /v1/screenings', allowed: RECORDERS, request: post('/v1/screenings') },
  { route: 'GET /v1/screenings', allowed: READERS, request: get('/v1/screenings') },
  { route: 'GET /v1/screenings/:id', allowed: READERS, request: get(`/v1/screenings/${NO_SUCH_ID}`) },
  { route: 'GET /v1/alerts', allowed: READERS, request: get('/v1/alerts') },
  { route: 'GET /v1/alerts/:id', allowed: READERS, request: get(`/v1/alerts/${NO_SUCH_ID}`) },
  { route: 'POST /v1/alerts/:id/decisions', allowed: WORKERS, request: post(`/v1/alerts/${NO_SUCH_ID}/decisions`) },
  { route: 'POST /v1/alerts/:id/assign', allowed: WORKERS, request: post(`/v1/alerts/${NO_SUCH_ID}/assign`) },
  { route: 'POST /v1/alerts/:id/approve', allowed: REVIEWERS, request: post(`/v1/alerts/${NO_SUCH_ID}/approve`) },
  { route: 'POST /v1/alerts/:id/reject', allowed: REVIEWERS, request: post(`/v1/alerts/${NO_SUCH_ID}/reject`) },
  { route: 'GET /v1/cases', allowed: READERS, request: get('/v1/cases') },
  { route: 'POST /v1/cases', allowed: WORKERS, request: post('/v1/cases') },
  { route: 'GET /v1/cases/:id', allowed: READERS, request: get(`/v1/cases/${NO_SUCH_ID}`) },
  { route: 'PATCH /v1/cases/:id', allowed: WORKERS, request: { method: 'PATCH', url: `/v1/cases/${NO_SUCH_ID}`, payload: {} } },
  { route: 'POST /v1/cases/:id/comments', allowed: WORKERS, request: post(`/v1/cases/${NO_SUCH_ID}/comments`) },
  { route: 'GET /v1/whitelist', allowed: READERS, request: get('/v1/whitelist') },
  { route: 'DELETE /v1/whitelist/:id', allowed: ADMINS, request: { method: 'DELETE', url: `/v1/whitelist/${NO_SUCH_ID}`, payload: {} } },
  { route: 'GET /v1/monitors', allowed: READERS, request: get('/v1/monitors') },
  { route: 'POST /v1/monitors', allowed: WORKERS, request: post('/v1/monitors') },
  { route: 'GET /v1/monitors/:id', allowed: READERS, request: get(`/v1/monitors/${NO_SUCH_ID}`) },
  { route: 'GET /v1/monitors/:id/subjects', allowed: READERS, request: get(`/v1/monitors/${NO_SUCH_ID}/subjects`) },
  { route: 'POST /v1/monitors/:id/subjects', allowed: WORKERS, request: post(`/v1/monitors/${NO_SUCH_ID}/subjects`) },
  { route: 'GET /v1/webhooks', allowed: READERS, request: get('/v1/webhooks') },
  { route: 'POST /v1/webhooks', allowed: ADMINS, request: post('/v1/webhooks') },
  { route: 'GET /v1/webhooks/:id/deliveries', allowed: READERS, request: get(`/v1/webhooks/${NO_SUCH_ID}/deliveries`) },
  { route: 'DELETE /v1/webhooks/:id', allowed: ADMINS, request: { method: 'DELETE', url: `/v1/webhooks/${NO_SUCH_ID}` } },
  { route: 'GET /v1/datasets/:dataset/versions', allowed: EVERYONE, request: get('/v1/datasets/cers/versions') },
  { route: 'GET /v1/datasets/:dataset/diff', allowed: EVERYONE, request: get('/v1/datasets/cers/diff') },
  { route: 'POST /v1/datasets/:dataset/rollback', allowed: ADMINS, request: post('/v1/datasets/no_such_dataset/rollback') },
  { route: 'POST /v1/batches', allowed: EVERYONE, request: post('/v1/batches') },
  { route: 'GET /v1/batches', allowed: EVERYONE, request: get('/v1/batches') },
  { route: 'GET /v1/batches/:id', allowed: EVERYONE, request: get('/v1/batches/no-such-batch') },
  { route: 'GET /v1/batches/:id/results', allowed: EVERYONE, request: get('/v1/batches/no-such-batch/results') },
  { route: 'GET /v1/audit', allowed: AUDITORS, request: get('/v1/audit') },
  { route: 'GET /v1/users', allowed: AUDITORS, request: get('/v1/users') },
  { route: 'POST /v1/users', allowed: ADMINS, request: post('/v1/users') },
  { route: 'DELETE /v1/users/:name', allowed: ADMINS, request: { method: 'DELETE', url: '/v1/users/nobody-here' } },
  { route: 'GET /v1/keys', allowed: AUDITORS, request: get('/v1/keys') },
  { route: 'POST /v1/keys', allowed: ADMINS, request: post('/v1/keys') },
  { route: 'DELETE /v1/keys/:id', allowed: ADMINS, request: { method: 'DELETE', url: '/v1/keys/ffffffffffff' } },
]

// Recording is a permission of its own on the screening routes: the auditor may screen, but not record.
const SHIPMENT = {
  parties: [{ role: 'consignee', schema: 'Company', properties: { name: ['Quentin Nobody Trading Testco'], country: ['lb'] } }],
  route: { origin: 'de', transit: [], destination: 'lb' },
  goods: [{ description: 'office chairs', hsCode: '9401.30' }],
}
const RECORDING: Case[] = [
  { route: 'POST /match/:dataset?record=true', allowed: RECORDERS, request: post('/match/default?record=true', { queries: NOBODY_QUERY }) },
  { route: 'POST /screen?record=true', allowed: RECORDERS, request: post('/screen?record=true', SHIPMENT) },
  { route: 'POST /v1/batches?record=true', allowed: RECORDERS, request: post('/v1/batches?record=true') },
]

// The routes anyone may call, without a key: probes, the API's documentation, signing in.
const PUBLIC_GETS = ['/healthz', '/readyz', '/openapi.json', '/docs']
const isExpectedPublic = (method: string, url: string) =>
  (method === 'GET' && ['/healthz', '/readyz', '/openapi.json', '/docs'].includes(url)) ||
  (method === 'GET' && url.startsWith('/docs/')) ||
  // The web app's hashed code and styles (src/api/web-app.ts): no data in them.
  (method === 'GET' && url === '/assets/*') ||
  (method === 'POST' && url === '/v1/auth/login')

/** Every route the app serves, as `METHOD /pattern`, read from Fastify's route tree (HEAD is GET's). */
function registeredRoutes(app: FastifyInstance): Set<string> {
  const routes = new Set<string>()
  const stack: string[] = []
  for (const line of app.printRoutes().split('\n')) {
    const found = /^((?:│ {3}| {4})*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line)
    if (!found) continue
    const depth = found[1]!.length / 4
    stack.length = depth
    stack.push(found[2]!)
    const path = stack.join('')
    for (const method of (found[3] ?? '').split(', ').filter(Boolean)) routes.add(`${method === 'HEAD' ? 'GET' : method} ${path}`)
  }
  return routes
}

/** A concrete URL for a route pattern: ids that do not exist, the `default` dataset. */
function urlFor(pattern: string): string {
  return pattern
    .replaceAll(':dataset', 'default')
    .replaceAll(/:[a-z_]+/g, String(NO_SUCH_ID))
    .replaceAll('*', 'x')
}

const sessionOf = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'vigil_session')?.value

describe('roles on every route', () => {
  let t: TempStore
  let app: FastifyInstance
  let keys: RoleKeys
  let revoked: string
  let wrongSecret: string

  beforeAll(async () => {
    t = await openFixtureStore('cers')
    const logger = createLogger('silent')
    const config = loadConfig({ ...t.storeOptions, workers: 1 })
    const live = liveIndexFor(config, t.store, logger)
    await live.get()
    // No key sent by default: this file is about authentication.
    app = await createApp({ config, store: t.store, logger, live })
    keys = await keysForEveryRole(t.store)
    // An admin's key, revoked: it would open every route if revocation were ignored.
    await userWithKey(t.store, 'admin', 'revoked-admin')
    const key = await createKey(t.store.records, cliPrincipal('test'), { user: 'revoked-admin' })
    await revokeKey(t.store.records, cliPrincipal('test'), key.id)
    revoked = key.key
    // A real key's id with another secret: the row is found, the secret does not verify.
    const last = keys.admin.at(-1) === 'A' ? 'B' : 'A'
    wrongSecret = `${keys.admin.slice(0, -1)}${last}`
  }, 180_000)
  afterAll(async () => {
    await app.close()
    await t.cleanup().catch(() => undefined)
  })

  it('lists every route that needs a permission in the table above, and only those', () => {
    expect(MATRIX.map((c) => c.route).sort()).toEqual(Object.keys(ROUTE_PERMISSIONS).sort())
  })

  it('serves every route of the permission table (no stale entry, no route still missing)', () => {
    const registered = registeredRoutes(app)
    const missing = Object.keys(ROUTE_PERMISSIONS).filter((route) => !registered.has(route))
    expect(missing).toEqual([])
  })

  it('opens no route by accident: each served route is public or has a permission, and the others answer 401 without a key', async () => {
    const registered = [...registeredRoutes(app)]
    expect(registered.length).toBeGreaterThan(30)
    const unlisted = registered.filter((route) => !(route in ROUTE_PERMISSIONS))
    expect(unlisted.filter((route) => !isExpectedPublic(...(route.split(' ') as [string, string])))).toEqual([])
    for (const route of registered) {
      const [method, pattern] = route.split(' ') as [string, string]
      if (isExpectedPublic(method, pattern)) continue
      const res = await app.inject({ method: method as InjectOptions['method'], url: urlFor(pattern), ...(method === 'GET' ? {} : { payload: {} }) })
      expect(res.statusCode, `${route} without a key`).toBe(401)
    }
  })

  it('answers the probes and the documentation without a key (and ignores a bad one there)', async () => {
    for (const url of PUBLIC_GETS) {
      const res = await app.inject({ method: 'GET', url })
      expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200)
      const withBadKey = await app.inject({ method: 'GET', url, headers: bearer('not-a-key') })
      expect(withBadKey.statusCode, url).toBe(200)
    }
  })

  describe.each([...MATRIX, ...RECORDING])('$route', ({ route, allowed, request }) => {
    it('is 401 without credentials, with a malformed, wrong or revoked key', async () => {
      const none = await app.inject(request)
      expect(none.statusCode, none.body).toBe(401)
      expect(none.headers['www-authenticate']).toMatch(/^Bearer/)
      for (const authorization of [
        'Bearer not-a-key',
        `Basic ${Buffer.from('admin:admin').toString('base64')}`,
        `Bearer ${wrongSecret}`,
        `Bearer ${revoked}`,
        'Bearer',
      ]) {
        const res = await app.inject({ ...request, headers: { authorization } })
        expect(res.statusCode, `${route} with '${authorization.slice(0, 20)}…': ${res.body}`).toBe(401)
      }
    })

    it.each(ROLES_UNDER_TEST)(`as %s: 403 unless allowed (allowed: ${allowed.join(', ')})`, async (role) => {
      const res = await app.inject({ ...request, headers: bearer(keys[role]) })
      if (allowed.includes(role)) {
        expect([401, 403], `${route} as ${role}: ${res.statusCode} ${res.body}`).not.toContain(res.statusCode)
        expect(res.statusCode, `${route} as ${role}: ${res.body}`).toBeLessThan(500)
      } else {
        expect(res.statusCode, `${route} as ${role}: ${res.body}`).toBe(403)
        expect(res.json().detail).toContain(role)
      }
    })
  })

  describe('signing in with a password', () => {
    const HOST = 'localhost:8000'
    const password = 'correct horse battery staple'

    beforeAll(async () => {
      await userWithKey(t.store, 'analyst', 'ana-session', password)
    })

    const login = (user: string, pass: string) =>
      app.inject({ method: 'POST', url: '/v1/auth/login', headers: { host: HOST }, payload: { user, password: pass } })

    it('refuses a wrong password and an unknown user with 401, and sets no cookie', async () => {
      for (const [user, pass] of [
        ['ana-session', `${password}!`],
        ['nobody-here', password],
        ['analyst', password],
      ] as const) {
        const res = await login(user, pass)
        expect(res.statusCode, `${user}: ${res.body}`).toBe(401)
        expect(sessionOf(res)).toBeUndefined()
      }
    })

    it('signs in; the cookie works on the user’s own routes, not beyond its role, nor from another site; logout ends it', async () => {
      const res = await login('ana-session', password)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ user: 'ana-session', role: 'analyst', via: 'session' })
      const cookie = res.cookies.find((c) => c.name === 'vigil_session')
      expect(cookie?.httpOnly).toBe(true)
      const token = sessionOf(res)!
      expect(token.length).toBeGreaterThan(20)
      const withCookie = (options: InjectOptions) =>
        app.inject({ ...options, headers: { host: HOST, ...(options.headers ?? {}) }, cookies: { vigil_session: token } })

      const me = await withCookie(get('/v1/auth/me'))
      expect(me.statusCode, me.body).toBe(200)
      expect(me.json()).toMatchObject({ user: 'ana-session', role: 'analyst', via: 'session' })
      expect((await withCookie(get('/v1/alerts'))).statusCode).toBe(200)
      // Beyond the analyst's role, a cookie is no better than a key.
      expect((await withCookie(get('/v1/audit'))).statusCode).toBe(403)
      expect((await withCookie(get('/v1/users'))).statusCode).toBe(403)

      // A write signed by cookie from another site's page is refused; from this server's own, it goes through.
      const newCase = { title: 'Cookie case' }
      const foreign = await withCookie({ ...post('/v1/cases', newCase), headers: { origin: 'https://evil.example' } })
      expect(foreign.statusCode, foreign.body).toBe(403)
      const garbled = await withCookie({ ...post('/v1/cases', newCase), headers: { origin: 'not a url' } })
      expect(garbled.statusCode, garbled.body).toBe(403)
      const own = await withCookie({ ...post('/v1/cases', newCase), headers: { origin: `http://${HOST}` } })
      expect(own.statusCode, own.body).toBe(201)
      // Only the same-origin write made a case.
      const { cases } = (await withCookie(get('/v1/cases'))).json() as { cases: Array<{ title: string; created_by: string }> }
      expect(cases.filter((c) => c.title === newCase.title)).toHaveLength(1)

      const out = await withCookie({ ...post('/v1/auth/logout'), headers: { origin: `http://${HOST}` } })
      expect(out.statusCode, out.body).toBe(200)
      const after = await withCookie(get('/v1/auth/me'))
      expect(after.statusCode).toBe(401)
      expect((await withCookie(get('/v1/alerts'))).statusCode).toBe(401)
    })

    it('takes a key over a cookie: a bad Authorization header is 401 even with a valid session', async () => {
      const token = sessionOf(await login('ana-session', password))!
      const res = await app.inject({
        method: 'GET',
        url: '/v1/auth/me',
        headers: { host: HOST, authorization: 'Bearer not-a-key' },
        cookies: { vigil_session: token },
      })
      expect(res.statusCode).toBe(401)
      const cookieOnly = await app.inject({ method: 'GET', url: '/v1/auth/me', headers: { host: HOST }, cookies: { vigil_session: token } })
      expect(cookieOnly.statusCode).toBe(200)
    })
  })

  it('shuts a disabled user out at once: its key and its session stop working, the records stay', async () => {
    const HOST = 'localhost:8000'
    const key = await userWithKey(t.store, 'analyst', 'leaver', 'a long enough password')
    const login = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      headers: { host: HOST },
      payload: { user: 'leaver', password: 'a long enough password' },
    })
    const token = login.cookies.find((c) => c.name === 'vigil_session')!.value
    expect((await app.inject({ method: 'GET', url: '/v1/alerts', headers: bearer(key) })).statusCode).toBe(200)
    expect((await app.inject({ method: 'DELETE', url: '/v1/users/leaver', headers: bearer(keys.analyst) })).statusCode).toBe(403)
    const disabled = await app.inject({ method: 'DELETE', url: '/v1/users/leaver', headers: bearer(keys.admin) })
    expect(disabled.statusCode).toBe(200)
    expect(disabled.json()).toMatchObject({ name: 'leaver', disabled_at: expect.any(String) })
    expect((await app.inject({ method: 'GET', url: '/v1/alerts', headers: bearer(key) })).statusCode).toBe(401)
    expect((await app.inject({ method: 'GET', url: '/v1/auth/me', headers: { host: HOST }, cookies: { vigil_session: token } })).statusCode).toBe(401)
    expect((await app.inject({ method: 'DELETE', url: '/v1/users/leaver', headers: bearer(keys.admin) })).statusCode).toBe(409)
    const users = (await app.inject({ method: 'GET', url: '/v1/users', headers: bearer(keys.auditor) })).json() as {
      users: Array<{ name: string; disabled_at: string | null }>
    }
    expect(users.users.find((u) => u.name === 'leaver')?.disabled_at).toEqual(expect.any(String))
  })
})
