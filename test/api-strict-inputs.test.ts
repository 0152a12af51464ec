import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { createApp, liveIndexFor } from '../src/api/app.js'
import { loadConfig } from '../src/config.js'
import { createLogger } from '../src/log.js'
import { openFixtureStore } from './support/fixture-store.js'
import type { TempStore } from './support/temp-store.js'
import { injectingKey, userWithKey } from './support/auth.js'

interface Entry {
  status: number
  code?: string
  detail?: string
  results?: Array<{ id: string; match: boolean }>
}
interface MatchBody {
  responses: Record<string, Entry>
}

const SSRC = { schema: 'Organization', properties: { name: ['Scientific Studies and Research Center'] } }
const ARMANAZI = { schema: 'Person', properties: { name: ['Amr Armanazi'] } }
const SHIPMENT = {
  parties: [
    { role: 'consignee', schema: 'Company', properties: { name: ['Phoenicia Scientific Supplies SAL'], country: ['lb'] } },
    { role: 'end_user', schema: 'Organization', properties: { name: ['Beirut Office Furniture SARL'], country: ['lb'] } },
  ],
  route: { origin: 'de', transit: [], destination: 'lb' },
  goods: [{ description: 'office chairs', hsCode: '9401.30' }],
}

// A typo in a filter must be a 400 that says so, never a 200 with nothing in it. The curated set
// alone keeps this file fast; valid-values.test.ts has the suggestions on the official lists' names.
describe('strict inputs over HTTP', () => {
  let t: TempStore
  let app: FastifyInstance
  const match = (url: string, queries: Record<string, unknown> = { q: SSRC }) => app.inject({ method: 'POST', url, payload: { queries } })
  const expect400 = async (res: Awaited<ReturnType<typeof match>>, field: string, ...listed: RegExp[]) => {
    expect(res.statusCode, res.body).toBe(400)
    const { detail } = res.json() as { detail: string }
    expect(detail).toContain(field)
    for (const pattern of listed) expect(detail).toMatch(pattern)
  }

  beforeAll(async () => {
    t = await openFixtureStore('cers')
    const logger = createLogger('silent')
    const config = loadConfig({ ...t.storeOptions, workers: 1 })
    const live = liveIndexFor(config, t.store, logger)
    await live.get()
    app = injectingKey(await createApp({ config, store: t.store, logger, live }), await userWithKey(t.store, 'admin'))
  }, 180_000)
  afterAll(async () => {
    await app.close()
    await t.cleanup().catch(() => undefined)
  })

  it('finds SSRC with the right dataset name, and refuses a misspelt or absent one, naming the parameter and the datasets', async () => {
    const right = await match('/match/default?include_dataset=cers')
    expect(right.statusCode).toBe(200)
    expect((right.json() as MatchBody).responses.q!.results!.some((r) => r.match)).toBe(true)
    await expect400(await match('/match/default?include_dataset=us_ofac_sdm'), 'include_dataset', /'us_ofac_sdm'/, /Valid values: cers\./)
    await expect400(await match('/match/default?include_dataset=cres'), 'include_dataset', /Did you mean 'cers'\?/)
    await expect400(await match('/match/default?exclude_dataset=cersx'), 'exclude_dataset', /Valid values: cers\./)
  })

  it('refuses a topic FtM does not have, listing the valid ones', async () => {
    expect((await match('/match/default?topics=sanction')).statusCode).toBe(200)
    await expect400(await match('/match/default?topics=sanctions'), 'topics', /'sanctions'/, /Did you mean 'sanction'\?/, /export\.control/, /crime\.terror/)
    expect((await match('/match/default?topics=sanction.control')).statusCode).toBe(200)
  })

  it('refuses an unknown schema, algorithm or changed_since date', async () => {
    await expect400(await match('/match/default?exclude_schema=Persn'), 'exclude_schema', /Did you mean 'Person'\?/, /LegalEntity/)
    await expect400(await match('/match/default?algorithm=vigil-v2'), 'algorithm', /vigil-v1, name-only/)
    await expect400(await match('/match/default?changed_since=2024-02-30'), 'changed_since', /2024-05-03/)
    await expect400(await match('/match/default?changed_since=yesterday'), 'changed_since', /2024-05-03/)
    expect((await match('/match/default?changed_since=2024-02-29T10:00')).statusCode).toBe(200)
  })

  it('checks the filters of GET /search the same way', async () => {
    const search = (query: string) => app.inject(`/search/default?q=ssrc&${query}`)
    expect((await search('topics=sanction&countries=sy&datasets=cers')).statusCode).toBe(200)
    await expect400(await search('include_dataset=us_ofac_sdm'), 'include_dataset', /Valid values: cers\./)
    await expect400(await search('topics=sanctions'), 'topics', /'sanction'/)
    await expect400(await search('datasets=ofac'), 'datasets', /Valid values: cers\./)
    await expect400(await search('countries=Syria'), 'countries', /ISO 3166-1 alpha-2.*'sy'/)
    await expect400(await search('exclude_schema=Compny'), 'exclude_schema', /'Company'/)
    await expect400(await search('changed_since=2024-13-01'), 'changed_since', /2024-05-03/)
  })

  it('answers each query of a batch on its own: a bad one gets its status 400, the others their results', async () => {
    const res = await match('/match/default', {
      ssrc: SSRC,
      typo: { schema: 'Persn', properties: { name: ['Amr Armanazi'] } },
      empty: { schema: 'Person', properties: { birthDate: ['1944'] } },
      colour: { schema: 'Person', properties: { name: ['Amr Armanazi'], colour: ['red'] } },
      armanazi: ARMANAZI,
    })
    expect(res.statusCode, res.body).toBe(200)
    const { responses } = res.json() as MatchBody
    expect(Object.keys(responses)).toEqual(['ssrc', 'typo', 'empty', 'colour', 'armanazi'])
    expect(responses.ssrc).toMatchObject({ status: 200 })
    expect(responses.ssrc!.results!.some((r) => r.match)).toBe(true)
    expect(responses.armanazi!.results![0]).toMatchObject({ id: 'cers-amr-armanazi', match: true })
    expect(responses.typo).toMatchObject({ status: 400, code: 'unknown_schema' })
    expect(responses.typo!.detail).toMatch(/Query 'typo'.*'Persn'.*Did you mean 'Person'\?/)
    expect(responses.typo).not.toHaveProperty('results')
    expect(responses.empty).toMatchObject({ status: 400, code: 'bad_input' })
    expect(responses.empty!.detail).toMatch(/Query 'empty'.*no name/)
    expect(responses.colour).toMatchObject({ status: 400, code: 'unknown_property' })
  })

  it('still refuses a malformed request as a whole', async () => {
    expect((await match('/match/default', {})).statusCode).toBe(400)
    const many = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`q${i}`, SSRC]))
    expect((await match('/match/default', many)).statusCode).toBe(400)
    expect((await match('/match/default?limit=lots')).statusCode).toBe(400)
  })

  it('matches an Arabic name written with a shadda instead of rejecting it as no name', async () => {
    const res = await match('/match/default', { shadda: { schema: 'Person', properties: { name: ['طيّع'] } }, ssrc: SSRC })
    expect(res.statusCode, res.body).toBe(200)
    const { responses } = res.json() as MatchBody
    expect(responses.shadda).toMatchObject({ status: 200 })
    expect(responses.ssrc).toMatchObject({ status: 200 })
  })

  it('answers 415 to a body without a JSON content-type', async () => {
    const body = JSON.stringify({ queries: { q: SSRC } })
    for (const headers of [{}, { 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }]) {
      const res = await app.inject({ method: 'POST', url: '/match/default', headers, payload: body })
      expect(res.statusCode, JSON.stringify(headers)).toBe(415)
      expect(res.json()).toMatchObject({ status: 415, code: 'unsupported_media_type' })
      expect(res.json().detail).toMatch(/content-type: application\/json/)
    }
    const json = await app.inject({ method: 'POST', url: '/match/default', headers: { 'content-type': 'application/json' }, payload: body })
    expect(json.statusCode).toBe(200)
  })

  describe('POST /screen', () => {
    const screen = (body: unknown) => app.inject({ method: 'POST', url: '/screen', payload: body as object })
    const withParty = (properties: Record<string, unknown>) => ({ ...SHIPMENT, parties: [SHIPMENT.parties[0], { ...SHIPMENT.parties[1], properties }] })

    it('screens a shipment whose countries are codes and HS codes digits', async () => {
      expect((await screen(SHIPMENT)).statusCode).toBe(200)
      expect((await screen(withParty({ name: ['Beirut Office Furniture SARL'], country: 'LB' }))).statusCode).toBe(200)
    })

    it.each([
      ['Syria', /'syria' is not a country code.*ISO 3166-1 alpha-2.*'sy'/],
      ['xx', /'xx' is not a country code.*'sy'/],
    ])('refuses a party country %s, naming the field', async (country, message) => {
      await expect400(await screen(withParty({ name: ['Beirut Office Furniture SARL'], country: [country] })), 'parties.1.properties.country.0', message)
    })

    it('refuses a party nationality or jurisdiction that is not a country code', async () => {
      const person = {
        ...SHIPMENT,
        parties: [...SHIPMENT.parties, { role: 'bank', schema: 'Person', properties: { name: ['Amr Armanazi'], nationality: 'Syrian' } }],
      }
      await expect400(await screen(person), 'parties.2.properties.nationality', /'syrian'/)
      await expect400(await screen(withParty({ name: ['X'], jurisdiction: ['Lebanon'] })), 'parties.1.properties.jurisdiction', /'lb'/)
    })

    it('refuses an HS code that is not digits', async () => {
      await expect400(await screen({ ...SHIPMENT, goods: [{ description: 'chairs', hsCode: 'abc' }] }), 'goods.0.hsCode', /'abc' is not an HS code.*8419\.89/)
      await expect400(await screen({ ...SHIPMENT, goods: [{ hsCode: 'HS 8419' }] }), 'goods.0.hsCode')
      expect((await screen({ ...SHIPMENT, goods: [{ hsCode: '8419.89' }] })).statusCode).toBe(200)
    })
  })
})
