/**
 * The web app in a real browser: Debian's Chromium driven by playwright-core, against a real
 * `vigil serve` process over a copy of a fixture store of the real lists. Each user signs in in a
 * browser context of their own, as two people at two desks would.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { CREDENTIALS_FILE, parseCredentials } from '../../src/review/admin-bootstrap.js'
import type { Role } from '../../src/review/roles.js'
import { type FixtureName, fixtureLocation } from './fixture-store.js'
import { type ServeProcess, startServe } from './serve-process.js'
import type { StoreLocation } from './store-location.js'
import { join } from 'node:path'

const CHROMIUM = process.env.VIGIL_CHROMIUM ?? '/usr/bin/chromium'
// As root Chromium needs --no-sandbox; the rest keep it from calling out on a closed network.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']

export interface Account {
  user: string
  password: string
}

export interface WebApp {
  base: string
  serve: ServeProcess
  location: StoreLocation
  browser: Browser
  admin: Account
  /** A new user with this role, made by the admin over the API. */
  addUser(role: Role, name?: string): Promise<Account>
  /** A browser context signed in through the sign-in page, on the page it lands on. */
  signIn(account: Account): Promise<{ context: BrowserContext; page: Page }>
  /** Fetch the API as the admin (Bearer key), for setup that is not what a test is about. */
  adminApi(path: string, init?: RequestInit): Promise<Response>
  close(): Promise<void>
}

let users = 0

export async function startWebApp(fixture: FixtureName = 'cers+ofac+un', env: Record<string, string> = {}): Promise<WebApp> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium), or set VIGIL_CHROMIUM.`)
  const location = await fixtureLocation(fixture)
  const serve = await startServe({ ...location.env, VIGIL_WORKERS: '1', ...env })
  await untilReady(serve)
  const credentials = parseCredentials(readFileSync(join(location.home, CREDENTIALS_FILE), 'utf8'))
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const base = serve.address
  const adminApi = (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${credentials.key}`, 'content-type': 'application/json', ...(init.headers ?? {}) } })
  const app: WebApp = {
    base,
    serve,
    location,
    browser,
    admin: { user: credentials.user, password: credentials.password },
    adminApi,
    async addUser(role, name = `${role}-${++users}`) {
      const password = `pw-${name}-${Math.random().toString(36).slice(2)}`
      const answer = await adminApi('/v1/users', { method: 'POST', body: JSON.stringify({ name, role, password }) })
      if (!answer.ok) throw new Error(`POST /v1/users: ${answer.status} ${await answer.text()}`)
      return { user: name, password }
    },
    async signIn(account) {
      const context = await browser.newContext({ baseURL: base, acceptDownloads: true, locale: 'en-GB', viewport: { width: 1366, height: 900 } })
      const page = await context.newPage()
      watchPage(page)
      await page.goto('/signin')
      await page.getByLabel('User name').fill(account.user)
      await page.getByLabel('Password').fill(account.password)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('navigation', { name: 'Main' }).waitFor()
      return { context, page }
    },
    async close() {
      await browser.close()
      await serve.stop()
      await location.remove()
    },
  }
  return app
}

/** The index serves (GET /readyz is 200): pages that screen would otherwise show 'not ready'. */
async function untilReady(serve: ServeProcess, timeoutMs = 180_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const answer = await fetch(`${serve.address}/readyz`).catch(() => undefined)
    if (answer?.status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`vigil serve was not ready within ${timeoutMs / 1000} s:\n${serve.output()}`)
}

/** Errors a page raised and Content-Security-Policy refusals, kept per page for `pageProblems`. */
const problems = new WeakMap<Page, string[]>()

/** Keep the page's script errors and CSP refusals for `pageProblems` (signIn's page is watched already). */
export function watchPage(page: Page): void {
  const seen: string[] = []
  problems.set(page, seen)
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    const text = message.text()
    // A 4xx the app shows as a message is the app working; a CSP refusal or a script error is not.
    if (message.type() === 'error' && !/Failed to load resource: the server responded with a status of 4\d\d/.test(text)) seen.push(`console: ${text}`)
  })
}

/** What went wrong on the page so far: script errors, CSP violations (empty when all is well). */
export function pageProblems(page: Page): string[] {
  return problems.get(page) ?? []
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

/**
 * axe-core's serious and critical violations on the page as it is now. Injected through the
 * DevTools protocol (page.evaluate), which the page's CSP does not govern, so the CSP stays strict.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }>
        }
      }
    ).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}
