/**
 * Batches and shipments recorded as screenings: `vigil screen --record` keeps each row (with the
 * client id of its id column), and POST /screen?record=true keeps each party; their hits open alerts.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listAlerts } from '../src/review/alerts.js'
import { getScreening } from '../src/review/screenings.js'
import { openApiFixture, type ApiFixture } from './support/api-app.js'
import { bearer, userWithKey } from './support/auth.js'
import { runCliAsync } from './support/run-cli-async.js'
import { tempDir } from './support/temp-store.js'

describe('recorded batches and shipments', () => {
  let f: ApiFixture

  beforeAll(async () => {
    f = await openApiFixture('cers+ofac')
  }, 120_000)
  afterAll(async () => f?.close())

  it('vigil screen --record keeps each row, and a listed row opens an alert with its client id and line', async () => {
    const dir = tempDir()
    const input = join(dir, 'customers.csv')
    writeFileSync(input, 'id,name\nc-9,Ayman al-Zawahiri\nc-10,Maria Svensson Lindqvist\n')
    const run = await runCliAsync(['screen', input, '--out', join(dir, 'out.csv'), '--record', '--workers', '1'], f.store.env)
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/Recorded 2 screenings; [1-9]\d* alerts opened/)
    const { alerts } = await listAlerts(f.store.store.records, { q: 'c-9', limit: 10, offset: 0 })
    expect(alerts[0]).toMatchObject({ client_id: 'c-9', entity: { id: 'ofac-2676' }, trigger: 'screening' })
    const screening = await getScreening(f.store.store.records, alerts[0]!.screening_id)
    expect(screening).toMatchObject({ source: 'batch', context: { file: 'customers.csv', line: 2 }, actor: expect.stringMatching(/^cli:/) })
  }, 120_000)

  it('POST /screen?record=true keeps each party as a screening; a screener may, an auditor may not', async () => {
    const shipment = {
      parties: [
        { role: 'consignee', schema: 'Person', properties: { name: ['Ayman al-Zawahiri'] } },
        { role: 'buyer', schema: 'Company', properties: { name: ['Nordic Dental Supplies AB'], country: ['se'] } },
      ],
      route: { origin: 'se', destination: 'de' },
      goods: [{ description: 'dental chairs', hsCode: '9402' }],
    }
    const auditor = await userWithKey(f.store.store, 'auditor')
    const refused = await f.app.inject({ method: 'POST', url: '/screen?record=true', headers: bearer(auditor), payload: shipment })
    expect(refused.statusCode).toBe(403)
    const screener = await userWithKey(f.store.store, 'screener')
    const res = await f.app.inject({ method: 'POST', url: '/screen?record=true', headers: bearer(screener), payload: shipment })
    expect(res.statusCode).toBe(200)
    const body = res.json() as { parties: Array<{ role: string; screening_id: number }> }
    expect(body.parties.map((p) => p.role)).toEqual(['consignee', 'buyer'])
    const consignee = await getScreening(f.store.store.records, body.parties[0]!.screening_id, { results: true })
    expect(consignee).toMatchObject({ source: 'shipment', context: { role: 'consignee', party: 0 } })
    expect(consignee.results?.[0]).toMatchObject({ id: 'ofac-2676', review: { status: 'alert' } })
    expect(consignee.alerts.length).toBe(1)
  })
})
