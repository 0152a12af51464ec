#!/usr/bin/env node
/**
 * Regenerates the README's screenshots, docs/screenshots/*.png, from the real app over the real lists:
 *
 *   node scripts/screenshots.mjs [--data DIR]
 *
 * DIR is the shared data folder (default ../shared/data, relative to the repository root). It needs
 * the built app (`npm run build`) and Debian's Chromium (/usr/bin/chromium, or set VIGIL_CHROMIUM).
 *
 * Everything happens in a temporary VIGIL_HOME that is deleted at the end, also when a step fails:
 * the screenshots never show, and never change, anyone's own store.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { chromium } from 'playwright-core'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = join(ROOT, 'dist/cli/main.js')
const OUT = join(ROOT, 'docs/screenshots')
const CHROMIUM = process.env.VIGIL_CHROMIUM ?? '/usr/bin/chromium'
// As root Chromium needs --no-sandbox; the rest keep it from calling out on a closed network.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
// Wide enough for the menu and a table side by side, as on an analyst's laptop.
const VIEWPORT = { width: 1440, height: 900 }

const dataArg = process.argv.indexOf('--data')
const DATA = resolve(ROOT, dataArg > 0 ? process.argv[dataArg + 1] : '../shared/data')

const SSRC_ARABIC = 'مركز الدراسات والبحوث العلمية'
const SSRC_OFAC = 'Scientific Studies and Research Center'

const home = mkdtempSync(join(tmpdir(), 'vigil-screenshots-'))
const env = { ...process.env, VIGIL_HOME: home, VIGIL_LOG_LEVEL: 'warn', VIGIL_WORKERS: '1' }
const written = []
let server
let browser

try {
  importLists()
  const base = await startServer()
  const admin = readCredentials()
  const api = apiAs(base, admin.key)
  const prepared = await prepare(base, api)

  if (!statSync(CHROMIUM, { throwIfNoEntry: false })) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium, or set VIGIL_CHROMIUM.`)
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  mkdirSync(OUT, { recursive: true })
  await shoot(base, admin, prepared)
  console.log(`Wrote ${written.length} screenshots:`)
  for (const file of written) console.log(`  ${relative(ROOT, file)}  ${(statSync(file).size / 1024).toFixed(0)} KB`)
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  if (server) console.error(`Server output, last lines:\n${server.output()}`)
  process.exitCode = 1
} finally {
  await browser?.close().catch(() => {})
  await server?.stop()
  rmSync(home, { recursive: true, force: true })
}

/** The bundled cers dataset plus OFAC SDN and the UN list, through the CLI as a user would import them. */
function importLists() {
  const imports = [
    ['yaml', join(ROOT, 'datasets/cers')],
    ['ofac-csv', join(DATA, 'ofac-sdn/2024-05-03/sdn.csv')],
    ['un-xml', join(DATA, 'un-sc-consolidated/2026-02-27/UN_consolidated.xml')],
  ]
  for (const [format, path] of imports) {
    console.log(`import ${format} ${relative(ROOT, path)}`)
    const run = spawnSync(process.execPath, [CLI, 'import', format, path], { cwd: ROOT, env, encoding: 'utf8' })
    if (run.status !== 0) throw new Error(`vigil import ${format} ${path} exited with ${run.status}:\n${run.stdout}\n${run.stderr}`)
  }
}

/** `vigil serve` on a free port; resolves with its address once /readyz says the screening index is built. */
async function startServer() {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  // Keep only the tail, but always drain the pipes: a server blocked on a full pipe stops answering.
  const keep = (d) => {
    out = (out + d.toString()).slice(-8000)
  }
  child.stderr.on('data', keep)
  server = {
    output: () => out,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
  const base = await new Promise((done, fail) => {
    child.stdout.on('data', (d) => {
      keep(d)
      const found = /listening on (http:\/\/\S+?)[ ;]/.exec(out)
      if (found) done(found[1])
    })
    child.once('exit', (code) => fail(new Error(`vigil serve exited with ${code} before listening`)))
  })
  const until = Date.now() + 180_000
  while (Date.now() < until) {
    const answer = await fetch(`${base}/readyz`).catch(() => undefined)
    if (answer?.status === 200) return base
    await sleep(250)
  }
  throw new Error('vigil serve was not ready within 180 s')
}

/** The first start wrote the admin's name, password and key to VIGIL_HOME/admin-credentials. */
function readCredentials() {
  const text = readFileSync(join(home, 'admin-credentials'), 'utf8')
  const value = (name) => new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? ''
  return { user: value('user'), password: value('password'), key: value('key') }
}

/** fetch as one API key, JSON in and out; a non-2xx answer is an error naming the route. */
function apiAs(base, key) {
  return async (method, path, body) => {
    const answer = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await answer.text()
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${text}`)
    return text ? JSON.parse(text) : undefined
  }
}

/**
 * Records for the review pages to show: recorded screenings open alerts, and an analyst (a second
 * person, as four-eyes review needs) proposes a decision on one, so the approvals queue has an item.
 */
async function prepare(base, api) {
  const screen = async (schema, name) => (await api('POST', '/v1/screenings', { subject: { schema, properties: { name: [name] } } })).alerts ?? []
  const ssrc = await screen('Organization', SSRC_OFAC)
  const person = await screen('Person', 'Ayman al-Zawahiri')
  await screen('Organization', 'Higher Institute for Applied Sciences and Technology')
  if (ssrc.length === 0 || person.length === 0) throw new Error(`The screenings opened no alerts (SSRC: ${ssrc}, person: ${person})`)

  const password = `screenshots-${Math.random().toString(36).slice(2)}-pw`
  await api('POST', '/v1/users', { name: 'ana', role: 'analyst', password })
  const { key } = await api('POST', '/v1/keys', { user: 'ana', name: 'screenshots' })
  // The analyst proposes with their own key; the admin, not the proposer, may then approve it.
  await apiAs(base, key)('POST', `/v1/alerts/${person[0]}/decisions`, {
    decision: 'false_positive',
    reason: 'Our customer is a dentist born 1990 in Leeds; no date or place of birth matches.',
  })
  return { ssrcAlert: ssrc[0], personAlert: person[0] }
}

/** Every page the README shows, signed in as the admin (who may see all of them, approvals included). */
async function shoot(base, admin, prepared) {
  const context = await browser.newContext({ baseURL: base, locale: 'en-GB', viewport: VIEWPORT, deviceScaleFactor: 1 })
  const page = await context.newPage()
  page.on('pageerror', (error) => console.warn(`page error on ${page.url()}: ${error.message}`))

  // Sign-in, as a visitor sees it, before filling it in.
  await page.goto('/signin')
  await page.getByRole('button', { name: 'Sign in' }).waitFor()
  await save(page, 'sign-in.png')
  await page.getByLabel('User name').fill(admin.user)
  await page.getByLabel('Password').fill(admin.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('navigation', { name: 'Main' }).waitFor()

  // Screen the Arabic name: the Center comes first; open its explanation.
  await page.goto('/screen')
  const form = page.getByRole('form', { name: 'Screening query' })
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(SSRC_ARABIC)
  await form.getByRole('combobox', { name: /^Schema/ }).selectOption('Organization')
  await form.getByRole('button', { name: 'Screen' }).click()
  const top = page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()
  await top.waitFor()
  await top.getByText('Explanation, feature by feature').click()
  await top.getByRole('table', { name: /^Explanation of Syrian Scientific Studies and Research Center/ }).waitFor()
  await save(page, 'screen.png')

  // The entity's three views. Cytoscape lays out without animation, but draws on the next frames.
  await page.goto('/entities/cers-ssrc')
  const views = page.getByRole('tablist', { name: 'Views of Syrian Scientific Studies and Research Center' })
  await views.getByRole('tab', { name: 'Graph' }).click()
  await page.getByRole('img', { name: 'Network graph of Syrian Scientific Studies and Research Center' }).waitFor()
  await page.getByRole('table', { name: 'Network' }).getByRole('row').nth(1).waitFor()
  await settle(page, 1000)
  await saveFrom(page, 'entity-graph.png', page.locator('#views-heading'))

  await views.getByRole('tab', { name: 'Map' }).click()
  await page.getByRole('img', { name: /^Map of \d+ places of Syrian Scientific Studies and Research Center/ }).waitFor()
  await page.getByRole('table', { name: 'Places' }).getByText('Jamraya').first().waitFor()
  // The map adds the neighbours' places as their entities arrive: wait until none is still loading.
  await page
    .locator('.map-view > [role="status"]')
    .filter({ hasNotText: /loading/ })
    .waitFor()
  await settle(page)
  await saveFrom(page, 'entity-map.png', page.locator('#views-heading'))

  await views.getByRole('tab', { name: 'Timeline' }).click()
  await page.getByRole('list', { name: 'Timeline of Syrian Scientific Studies and Research Center' }).locator('time').first().waitFor()
  await settle(page)
  await saveFrom(page, 'entity-timeline.png', page.locator('#views-heading'))

  // The inbox, and one alert with both sides and why they matched.
  await page.goto('/alerts')
  await page.getByRole('table', { name: 'Alerts inbox' }).getByRole('row').nth(1).waitFor()
  await settle(page)
  await save(page, 'alerts.png')

  await page.goto(`/alerts/${prepared.ssrcAlert}`)
  await page.getByRole('heading', { level: 1, name: new RegExp(`^Alert ${prepared.ssrcAlert}:`) }).waitFor()
  await page.getByRole('list', { name: `History of alert ${prepared.ssrcAlert}` }).waitFor()
  await settle(page)
  // Taller than the viewport, to reach "Why it matched" below the two sides.
  await save(page, 'alert.png', 1800)

  await page.goto('/approvals')
  await page.getByRole('article', { name: new RegExp(`Alert ${prepared.personAlert}:`) }).waitFor()
  await settle(page)
  await save(page, 'approvals.png')

  // A shipment to the Center as end user: blocked, with its reasons.
  await page.goto('/shipments')
  await page.getByRole('button', { name: 'Load example: HIAST via Beirut' }).click()
  await page.getByLabel('Name of party 3').fill(SSRC_OFAC)
  await page.getByRole('button', { name: 'Screen shipment' }).click()
  await page.locator('[data-decision]').waitFor()
  await settle(page)
  await saveFrom(page, 'shipment.png', page.locator('[data-decision]'), 56)

  // A batch of 20 rows: ten names from OFAC's list and ten made up.
  const file = join(home, 'clients.csv')
  writeFileSync(file, twentyRows())
  await page.goto('/batches')
  await page.getByLabel('Batch file (CSV, XLSX or JSON lines)').setInputFiles(file)
  await page.getByLabel('Record (hits open alerts)').check()
  await page.getByRole('button', { name: 'Upload and screen' }).click()
  await page.getByRole('status').filter({ hasText: /^Done/ }).waitFor({ timeout: 120_000 })
  await settle(page)
  await save(page, 'batch.png')

  await page.goto('/data')
  await page
    .getByRole('table', { name: 'Datasets served' })
    .getByRole('row', { name: /us_ofac_sdn/ })
    .waitFor()
  await settle(page)
  await save(page, 'data.png')

  await context.close()
}

/** 20 rows with a client reference each: 10 individuals from OFAC's SDN file and 10 invented names. */
function twentyRows() {
  const sdn = readFileSync(join(DATA, 'ofac-sdn/2024-05-03/sdn.csv'), 'latin1')
  const listed = parse(sdn, { relax_column_count: true, relax_quotes: true })
    .filter((r) => r[2] === 'individual')
    .slice(0, 10)
    .map((r) => r[1].replace(/"/g, ''))
  const made = [
    'Maria Testfall',
    'Jonas Beispiel',
    'Aiko Placeholder',
    'Pedro Ejemplo',
    'Lena Muster',
    'Omar Sample',
    'Chloé Exemple',
    'Ivan Primerov',
    'Sven Prov',
    'Nia Mfano',
  ]
  const rows = [...listed, ...made].map((name, i) => `C-${String(i + 1).padStart(3, '0')},"${name}",Person`)
  return ['reference,name,schema', ...rows].join('\n')
}

/** No "Loading…" status left, web fonts none (the app loads none), then a pause for the last paint. */
async function settle(page, ms = 300) {
  await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((el) => /^Loading/.test(el.textContent?.trim() ?? '')), null, {
    timeout: 30_000,
  })
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(ms)
}

/** The viewport as it is, what a user sees on arrival; or the page from its top down to `height` pixels. */
async function save(page, name, height) {
  // The caret blinking in a focused field, and the focus ring on the heading, are noise in a picture.
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined))
  const file = join(OUT, name)
  const tall = height ? { fullPage: true, clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.min(height, await pageHeight(page)) } } : {}
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide', ...tall })
  written.push(file)
}

function pageHeight(page) {
  return page.evaluate(() => document.documentElement.scrollHeight)
}

/** The viewport scrolled so that `locator` is `above` pixels from the top (room for its heading): for views below the fold. */
async function saveFrom(page, name, locator, above = 16) {
  await locator.first().evaluate((el, above) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - above), above)
  await page.waitForTimeout(200)
  await save(page, name)
}

function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms))
}
