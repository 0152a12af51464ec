/**
 * Every example of the README gives its documented result with the documented set-up: `vigil update`
 * with VIGIL_MIRROR as the README gives it (the shared data folder), into a fresh VIGIL_HOME, then
 * each CLI example through the real binary and each HTTP example through the app. The examples are
 * read out of README.md and the CLI's help, so this test breaks when they drift from the behaviour.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, liveIndexFor } from '../src/api/app.js'
import { loadConfig } from '../src/config.js'
import { createLogger } from '../src/log.js'
import type { Store } from '../src/store/store.js'
import { loadManifest } from '../src/update/manifest.js'
import { runCli, type CliResult } from './support/run-cli.js'
import { runCliAsync } from './support/run-cli-async.js'
import type { Decision } from './support/shipments.js'
import { openTempStore, tempLocation, type StoreLocation, type TempStore } from './support/temp-store.js'
import { injectingKey, userWithKey } from './support/auth.js'

const README = readFileSync('README.md', 'utf-8')

/** The text of a README section, from its heading to the next heading of the same level or higher. */
function section(heading: string): string {
  const start = README.indexOf(heading)
  if (start < 0) throw new Error(`README has no section '${heading}'`)
  const level = heading.match(/^#+/)![0].length
  const next = README.slice(start + heading.length).search(new RegExp(`\\n#{1,${level}} `))
  return next < 0 ? README.slice(start) : README.slice(start, start + heading.length + next)
}

/** The lines of the ```sh blocks of a section, without comments. */
function shellLines(text: string): string[] {
  const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!)
  return blocks
    .join('\n')
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter(Boolean)
}

/** A command line's arguments up to a pipe, with double and single quotes. */
function argsOf(line: string): string[] {
  const args: string[] = []
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\|)|(\S+)/g)) {
    if (m[3]) break
    args.push(m[1] ?? m[2] ?? m[4]!)
  }
  return args
}

// "VIGIL_MIRROR=../shared/data npm start": the set-up the README documents.
const MIRROR = /`VIGIL_MIRROR=(\S+) npm start`/.exec(section('## Quick start'))![1]!
const QUICK = shellLines(section('## Quick start'))
const SHIPMENT = JSON.parse(/```json\n([\s\S]*?)```/.exec(section('## Shipment screening'))![1]!) as object
const SHIPMENT_REASONS = [...section('## Shipment screening').matchAll(/^\| `([a-z_.]+)` \| (block|review) \| (.*) \|$/gm)].map((m) => ({
  code: m[1]!,
  severity: m[2]!,
  detail: m[3]!,
}))
const MATCH_BODY = JSON.parse(
  /curl -s -XPOST localhost:8000\/match\/default -H "Authorization: Bearer \$VIGIL_KEY" .* -d '([\s\S]*?)'\n/.exec(README)![1]!,
) as object

const json = (out: CliResult) => {
  expect(out.status, out.stderr).toBe(0)
  return JSON.parse(out.stdout) as Record<string, unknown>
}

describe('the README examples, with the documented set-up', () => {
  let location: StoreLocation
  let env: Record<string, string>
  let t: TempStore
  let store: Store
  let app: FastifyInstance
  const cli: Record<string, CliResult> = {}
  let matchExamples: string[][]

  beforeAll(async () => {
    location = await tempLocation()
    env = location.env
    const update = await runCliAsync(['update'], { ...env, VIGIL_MIRROR: MIRROR })
    expect(update.status, update.stderr).toBe(0)
    const shipmentFile = join(location.home, 'shipment.jsonl')
    writeFileSync(shipmentFile, `${JSON.stringify(SHIPMENT)}\n`)
    matchExamples = runCli(['match', '--help'])
      .stdout.split('\n')
      .filter((l) => l.startsWith('  vigil match '))
      .map((l) => argsOf(l).slice(1))
    const entityExample = QUICK.find((l) => l.startsWith('npx vigil entity'))!
    // Each of these builds its own index (about 10 s of CPU over every list): run them side by side
    // while the app builds its own, and only one of the match examples, the one with an identifier.
    const runs = {
      entity: argsOf(entityExample).slice(2),
      shipments: ['screen-shipments', shipmentFile],
      match: matchExamples.find((args) => args.includes('--id'))!,
    }
    const done = Promise.all(Object.entries(runs).map(async ([key, args]) => (cli[key] = await runCliAsync(args, env))))
    t = await openTempStore(location)
    store = t.store
    const config = loadConfig({ ...t.storeOptions, workers: 1 })
    const logger = createLogger('silent')
    const live = liveIndexFor(config, store, logger)
    await live.get()
    app = injectingKey(await createApp({ config, store, logger, live }), await userWithKey(store, 'admin'))
    await done
  }, 300_000)
  afterAll(async () => {
    await app?.close()
    await t?.cleanup()
  })

  it('imports every list of the manifest, OFAC with its alias and address files', () => {
    const rows = json(runCli(['datasets', '--json'], env)) as unknown as Array<{ dataset: string; sourceUrl: string; entities: number }>
    expect(rows.map((r) => r.dataset).sort()).toEqual(
      loadManifest()
        .map((d) => d.name)
        .sort(),
    )
    expect(rows.every((r) => r.entities > 0)).toBe(true)
  })

  it('blocks the README shipment through POST /screen, with party.listed for the end user HIAST', async () => {
    const res = await app.inject({ method: 'POST', url: '/screen', payload: SHIPMENT })
    expect(res.statusCode, res.body).toBe(200)
    expectDocumentedDecision(res.json() as Decision)
  })

  it('gives the same decision through vigil screen-shipments', () => {
    expectDocumentedDecision(json(cli.shipments!) as unknown as Decision)
  })

  it('answers the /match example for Amro Armanazi with the curated entry merged with OFAC', async () => {
    const res = await app.inject({ method: 'POST', url: '/match/default', payload: MATCH_BODY })
    expect(res.statusCode, res.body).toBe(200)
    const top = res.json().responses.q1.results[0]
    expect(top).toMatchObject({ id: 'cers-amr-armanazi', match: true })
    expect(top.datasets).toEqual(expect.arrayContaining(['cers', 'us_ofac_sdn']))
  })

  it('serves /entities/cers-ssrc, and vigil entity prints the same', async () => {
    const url = /curl -s -H "Authorization: Bearer \$VIGIL_KEY" localhost:8000(\/entities\/\S+)/.exec(QUICK.join('\n'))![1]!
    const res = await app.inject(url)
    expect(res.statusCode).toBe(200)
    const served = res.json()
    expect(served.id).toBe('cers-ssrc')
    expect(served.properties.sanctions.length).toBeGreaterThan(0)
    expect(json(cli.entity!)).toEqual(served)
  })

  it('answers a merged id with a 308 that curl -L follows to the entity it was merged into', async () => {
    const example = /`curl -sL -H "Authorization: Bearer \$VIGIL_KEY" localhost:8000(\/entities\/ofac-9352)`/.exec(README)
    expect(example, 'README documents curl -sL …/entities/ofac-9352').not.toBeNull()
    const res = await app.inject(example![1]!)
    expect(res.statusCode).toBe(308)
    expect(res.headers.location).toBe('/entities/cers-ssrc')
    const followed = (await app.inject(res.headers.location as string)).json()
    expect(followed.referents).toContain('ofac-9352')
    expect(json(cli.entity!)).toEqual(followed)
  })

  it("runs vigil match's --id help example: the identifier is the matched person's own", () => {
    expect(matchExamples.length).toBe(3)
    const args = matchExamples.find((a) => a.includes('--id'))!
    const id = args[args.indexOf('--id') + 1]!
    const top = (
      json(cli.match!) as {
        results: Array<{ match: boolean; caption: string; properties: Record<string, string[]>; explanations: Record<string, { score: number }> }>
      }
    ).results[0]!
    expect(top.match).toBe(true)
    expect(top.properties.passportNumber).toContain(id)
    expect(top.explanations.identifier_match?.score).toBe(1)
    // The example's name is the name of the person who holds that passport.
    for (const part of args[1]!.toUpperCase().split(' ')) expect(top.caption.toUpperCase()).toContain(part)
  })

  it('lists the datasets with the source date of each and flags those older than VIGIL_STALE_DAYS', () => {
    const out = runCli(['datasets'], env)
    expect(out.status).toBe(0)
    const sdn = out.stdout.split('\n').find((l) => l.startsWith('us_ofac_sdn '))!
    expect(sdn).toMatch(/ 2024-05-03 +\d+ days, STALE$/)
    expect(out.stderr).toMatch(/^warning: \d+ datasets are older than 30 days \(VIGIL_STALE_DAYS\): gb_hmt_sanctions \(2018-04-13, \d+ days\), /)
    const rows = json(runCli(['datasets', '--json'], { ...env, VIGIL_STALE_DAYS: '100000' })) as unknown as Array<{
      dataset: string
      stale: boolean
      ageDays: number | null
    }>
    expect(rows.filter((r) => r.stale)).toEqual([])
    expect(rows.find((r) => r.dataset === 'us_ofac_sdn')?.ageDays).toBeGreaterThan(900)
  })

  it("gives the catalog the publishers' titles, staleness, and the default collection as loaded", async () => {
    const body = (await app.inject(/curl -s -H "Authorization: Bearer \$VIGIL_KEY" localhost:8000(\/catalog)/.exec(QUICK.join('\n'))![1]!)).json()
    const byName = new Map((body.datasets as Array<Record<string, unknown>>).map((d) => [d.name, d]))
    for (const d of loadManifest()) expect(byName.get(d.name)?.title).toBe(d.title)
    expect(byName.get('us_ofac_sdn')).toMatchObject({
      title: 'US OFAC Specially Designated Nationals (SDN) List',
      load: true,
      last_change: '2024-05-03T00:00:00',
      stale: true,
      source: { date: '2024-05-03' },
      publisher: { name: 'US Treasury, Office of Foreign Assets Control' },
    })
    const all = byName.get('default') as { load: boolean; index_version: string; version: string; index_current: boolean; children: string[] }
    expect(all).toMatchObject({ type: 'collection', load: true, index_current: true })
    expect(all.index_version).toMatch(/^\d{14}-[a-z]{3}$/)
    expect(all.children.sort()).toEqual(
      loadManifest()
        .map((d) => d.name)
        .sort(),
    )
    expect(body.stale.map((s: { dataset: string }) => s.dataset)).toContain('gb_hmt_sanctions')
  })

  it('stays ready on /readyz with old lists, and names them', async () => {
    const res = await app.inject('/readyz')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.stale.map((s: { dataset: string }) => s.dataset)).toEqual(expect.arrayContaining(['gb_hmt_sanctions', 'eu_fsf', 'us_ofac_sdn']))
    expect(body.stale.find((s: { dataset: string }) => s.dataset === 'gb_hmt_sanctions')).toMatchObject({ source_date: '2018-04-13' })
    expect(body.warning).toMatch(/older than 30 days/)
  })
})

/** `block`, every reason of the README's table, and the end user found on the lists. */
function expectDocumentedDecision(decision: Decision) {
  expect(decision.decision).toBe('block')
  expect(SHIPMENT_REASONS.length).toBeGreaterThanOrEqual(6)
  for (const { code, severity } of SHIPMENT_REASONS) {
    expect(
      decision.reasons.find((r) => r.code === code),
      code,
    ).toMatchObject({ severity })
  }
  const listed = decision.reasons.find((r) => r.code === 'party.listed')!
  expect(listed.party?.role).toBe('end_user')
  expect(listed.detail).toBe(SHIPMENT_REASONS.find((r) => r.code === 'party.listed')!.detail)
}
