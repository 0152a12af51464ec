import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, liveIndexFor } from '../src/api/app.js'
import { loadConfig } from '../src/config.js'
import { createLogger } from '../src/log.js'
import { runCli } from './support/run-cli.js'
import { sharedData } from './support/shared-data.js'
import { FRONT_OWNED, HIAST_VIA_BEIRUT, OFFICE_FURNITURE, type Decision } from './support/shipments.js'
import { openFixtureStore } from './support/fixture-store.js'
import { tempDir, type TempStore } from './support/temp-store.js'
import { injectingKey, userWithKey } from './support/auth.js'

// The curated network, the OFAC SDN set with its aliases (alt.csv holds HIAST's French names) and
// an invented 60% holding by a listed SSRC front.
let t: TempStore
let app: FastifyInstance
let dir: string

beforeAll(async () => {
  t = await openFixtureStore('cers')
  await t.importFile('ofac-csv', sharedData('ofac-sdn/2021-07-07/'))
  await t.importFile('yaml', 'test/fixtures/shipment-front', 'shipment_front')
  const logger = createLogger('silent')
  const config = loadConfig({ ...t.storeOptions, workers: 1 })
  const live = liveIndexFor(config, t.store, logger)
  await live.get()
  app = injectingKey(await createApp({ config, store: t.store, logger, live }), await userWithKey(t.store, 'admin'))
  dir = tempDir()
}, 180_000)

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const screen = (body: unknown) => app.inject({ method: 'POST', url: '/screen', payload: body as object })
const codes = (d: Decision) => d.reasons.map((r) => r.code)

function expectHiastBlocked(d: Decision): void {
  expect(d.decision).toBe('block')
  const endUser = d.reasons.filter((r) => r.party?.role === 'end_user')
  const listed = endUser.find((r) => r.code === 'party.listed')
  expect(listed?.severity).toBe('block')
  expect(listed?.detail).toMatch(/Higher Institute of Applied Sciences? and Technology/)
  // A unit of SSRC: the path from HIAST to the Center.
  const control = endUser.find((r) => r.code === 'party.controlled')
  expect(control?.path?.map((s) => s.id)).toEqual(['cers-hiast', 'cers-ssrc'])
  expect(control?.detail).toContain('Syrian Scientific Studies and Research Center')
  expect(endUser.map((r) => r.code)).toContain('kyc.military_end_user')
  expect(codes(d)).toEqual(expect.arrayContaining(['route.embargoed_destination', 'route.diversion_hub', 'goods.control_list']))
  expect(d.reasons.find((r) => r.code === 'route.diversion_hub')?.detail).toMatch(/through Lebanon \(lb\).*Syria/)
  expect(d.reasons.find((r) => r.code === 'goods.control_list' && r.detail.includes('2B350'))?.detail).toContain('HS 8419.89')
  // Nothing about the German supplier or the Lebanese consignee, who are on no list.
  expect(d.reasons.filter((r) => r.party?.role === 'supplier' || r.party?.role === 'consignee')).toEqual([])
}

describe('POST /screen', () => {
  it('(a) blocks lab equipment for HIAST (by its French name) via Beirut, with end-user, route and goods reasons', async () => {
    const res = await screen(HIAST_VIA_BEIRUT)
    expect(res.statusCode, res.body).toBe(200)
    const d = res.json() as Decision
    expectHiastBlocked(d)
    expect(d.algorithm).toBe('vigil-v1')
    expect(d.data_version).toMatch(/cers@.*shipment_front@.*us_ofac_sdn@/)
    expect(d.parties.map((p) => p.role)).toEqual(['supplier', 'consignee', 'end_user'])
    expect(d.parties[2]?.matches[0]).toMatchObject({ id: 'cers-hiast', match: true })
  })

  it('(c) clears office furniture to a Lebanese retailer, with no reason at all', async () => {
    const res = await screen(OFFICE_FURNITURE)
    expect(res.statusCode, res.body).toBe(200)
    const d = res.json() as Decision
    expect(d.reasons).toEqual([])
    expect(d.decision).toBe('clear')
  })

  it('(b) blocks a company on no list that a listed front owns 60% of, with the path', async () => {
    const res = await screen(FRONT_OWNED)
    expect(res.statusCode, res.body).toBe(200)
    const d = res.json() as Decision
    // The company itself is found, and is on no list.
    expect(d.parties[1]?.matches[0]).toMatchObject({ id: 'fixture-orontes-lab', match: true })
    // Shown as any screened entity: the derived topic, the path that proves it, and the explanations.
    const found = d.parties[1]!.matches[0]!
    expect(found.properties.topics).toContain('sanction.control')
    expect(found.paths[0]?.steps.map((s) => s.id)).toEqual(['fixture-orontes-lab', 'fixture-mahrous-trading'])
    expect(found.explanations.name_match?.weight).toBe(1)
    expect(codes(d)).not.toContain('party.listed')
    expect(d.decision).toBe('block')
    const control = d.reasons.find((r) => r.code === 'party.controlled' && r.party?.role === 'end_user')
    expect(control?.severity).toBe('block')
    expect(control?.path?.map((s) => s.id)).toEqual(['fixture-orontes-lab', 'fixture-mahrous-trading'])
    expect(control?.path?.[1]?.relation).toContain('60%')
    expect(control?.detail).toMatch(/controlled by MAHROUS TRADING FZE, listed on .*us_ofac_sdn/)
    // A shareholding is not a unit of a research organization.
    expect(codes(d)).not.toContain('kyc.military_end_user')
  })

  it('blocks a buyer that is an SSRC front (OFAC "Linked To:"), with the link to SSRC', async () => {
    const res = await screen({
      ...OFFICE_FURNITURE,
      parties: [{ role: 'buyer', schema: 'Company', properties: { name: ['Mahrous Group'] } }, OFFICE_FURNITURE.parties[2]],
    })
    const d = res.json() as Decision
    expect(d.decision).toBe('block')
    const linked = d.reasons.find((r) => r.code === 'party.linked')
    expect(linked?.party?.role).toBe('buyer')
    expect(linked?.path?.map((s) => s.id)).toEqual(['ofac-20090', 'cers-ssrc'])
    expect(codes(d)).toContain('party.listed')
  })

  // For goods on no control list the consignee or buyer is the end user unless the shipment says
  // otherwise; a missing end user holds only controlled goods, a flagged route or party, or an embargo.
  const NO_END_USER = { ...OFFICE_FURNITURE, parties: OFFICE_FURNITURE.parties.slice(0, 2) }

  it('clears office furniture to a Lebanese retailer that names no end user, noting the buyer taken for it', async () => {
    const d = (await screen(NO_END_USER)).json() as Decision & { notes: Array<{ code: string; party?: { role: string }; detail: string }> }
    expect(d.reasons).toEqual([])
    expect(d.decision).toBe('clear')
    expect(d.notes.map((n) => [n.code, n.party?.role])).toEqual([['info.end_user_presumed', 'buyer']])
    expect(d.notes[0]?.detail).toContain('the buyer "Beirut Office Furniture SARL" is taken for it')
  })

  it('reviews the same shipment with a dual-use line, and blocks it with a listed buyer, saying the end user is missing', async () => {
    const vessel = { description: 'Glass-lined reaction vessel', hsCode: '8419.89', quantity: 1, value: 30000 }
    const dualUse = (await screen({ ...NO_END_USER, goods: [...NO_END_USER.goods, vessel] })).json() as Decision
    expect(dualUse.decision).toBe('review')
    expect(codes(dualUse)).toEqual(expect.arrayContaining(['goods.control_list', 'info.no_end_user']))
    expect(dualUse.reasons.find((r) => r.code === 'info.no_end_user')?.detail).toContain('the goods match a control list (goods.control_list)')

    const listed = (
      await screen({ ...NO_END_USER, parties: [NO_END_USER.parties[0], { role: 'buyer', schema: 'Company', properties: { name: ['Mahrous Group'] } }] })
    ).json() as Decision
    expect(listed.decision).toBe('block')
    expect(codes(listed)).toEqual(expect.arrayContaining(['party.listed', 'info.no_end_user']))
  })

  it('reviews, never clears, a shipment with no end user and no destination', async () => {
    const res = await screen({ parties: [OFFICE_FURNITURE.parties[1]], route: { transit: [] }, goods: OFFICE_FURNITURE.goods })
    const d = res.json() as Decision
    expect(d.decision).toBe('review')
    expect(codes(d)).toEqual(expect.arrayContaining(['info.no_end_user', 'route.no_destination']))
  })

  it('flags payment from a third country and a forwarder named as end user', async () => {
    const res = await screen({
      ...OFFICE_FURNITURE,
      parties: [...OFFICE_FURNITURE.parties, { role: 'forwarder', schema: 'Company', properties: { name: ['Beirut Office Furniture SARL'] } }],
      payment: { country: 'ae', payer: 'Gulf Payments FZE' },
    })
    const d = res.json() as Decision
    expect(d.decision).toBe('review')
    expect(codes(d)).toEqual(expect.arrayContaining(['kyc.third_country_payment', 'kyc.forwarder_as_consignee']))
    expect(d.reasons.find((r) => r.code === 'kyc.third_country_payment')?.detail).toContain('United Arab Emirates (ae)')
  })

  it('flags an end user in another country than the destination', async () => {
    const d = (await screen({ ...OFFICE_FURNITURE, route: { origin: 'de', transit: [], destination: 'cy' } })).json() as Decision
    expect(d.decision).toBe('review')
    expect(d.reasons.find((r) => r.code === 'kyc.route_mismatch')?.detail).toMatch(/Lebanon \(lb\) but the goods go to Cyprus \(cy\)/)
  })

  it('documents the route in the OpenAPI document', async () => {
    const res = await app.inject({ method: 'GET', url: '/openapi.json' })
    expect(res.statusCode).toBe(200)
    expect(Object.keys((res.json() as { paths: Record<string, unknown> }).paths)).toContain('/screen')
  })

  it.each([
    ['an unknown role', { ...OFFICE_FURNITURE, parties: [{ ...OFFICE_FURNITURE.parties[0], role: 'shipper' }] }, 'parties.0.role'],
    ['a country that is not an ISO code', { ...OFFICE_FURNITURE, route: { transit: ['Lebanon'], destination: 'lb' } }, 'route.transit.0'],
    ['a destination that is not an ISO code', { ...OFFICE_FURNITURE, route: { transit: [], destination: 'xx' } }, 'route.destination'],
    ['an empty party list', { ...OFFICE_FURNITURE, parties: [] }, 'parties'],
  ])('answers %s with a 400 naming the field', async (_, body, field) => {
    const res = await screen(body)
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain(field)
  })
})

describe('vigil screen-shipments', () => {
  it('answers each JSON line with its decision, and a bad line with an error and exit status 2', () => {
    const file = join(dir, 'shipments.jsonl')
    writeFileSync(file, `${[HIAST_VIA_BEIRUT, OFFICE_FURNITURE, FRONT_OWNED].map((s) => JSON.stringify(s)).join('\n')}\n`)
    const out = runCli(['screen-shipments', file], t.env)
    expect(out.status, out.stderr).toBe(0)
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Decision & { line: number })
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3])
    expectHiastBlocked(lines[0]!)
    expect(lines[1]!.decision).toBe('clear')
    expect(lines[2]!.decision).toBe('block')
    expect(lines[2]!.reasons.find((r) => r.code === 'party.controlled')?.path?.map((s) => s.id)).toEqual(['fixture-orontes-lab', 'fixture-mahrous-trading'])

    const bad = join(dir, 'bad.jsonl')
    writeFileSync(bad, `${JSON.stringify({ ...OFFICE_FURNITURE, parties: [] })}\nnot json\n${JSON.stringify(OFFICE_FURNITURE)}\n`)
    const res = runCli(['screen-shipments', bad], t.env)
    expect(res.status).toBe(2)
    const answers = res.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; error?: { field?: string }; decision?: string })
    expect(answers[0]).toMatchObject({ line: 1, error: { field: 'parties' } })
    expect(answers[1]?.line).toBe(2)
    expect(answers[1]?.error).toBeDefined()
    expect(answers[2]).toMatchObject({ line: 3, decision: 'clear' })
    expect(res.stderr).toContain('2 shipment line(s)')
  })
})
