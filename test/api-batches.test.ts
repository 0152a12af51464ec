/**
 * Batch files screened in the background through the API, on the fixture's real lists: a 50-row CSV
 * of OFAC names and made-up ones, JSON lines, an XLSX workbook, a broken CSV, recording by a
 * screener (alerts opened), and who may see whose batch.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApiFixture, type ApiFixture } from './support/api-app.js'
import { bearer, userWithKey } from './support/auth.js'
import { sharedData } from './support/shared-data.js'

interface Batch {
  id: string
  name: string
  format: string
  status: 'running' | 'done' | 'failed'
  rows: number
  screened: number
  matched: number
  alerts: number
  recorded: number
  created_by: string
  error: string | null
  warnings: string[]
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The first `n` names of the 2024 OFAC sdn.csv (the fixture's list), from the file's text. */
function ofacNames(n: number): string[] {
  const names = readFileSync(sharedData('ofac-sdn/2024-05-03/sdn.csv'), 'utf-8')
    .split(/\r?\n/)
    .flatMap((row) => /^\d+,"([^"]+)"/.exec(row)?.slice(1) ?? [])
  return names.slice(0, n)
}

const csvOf = (rows: string[][]) => `${rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\n')}\n`

describe('POST /v1/batches and its progress and results', () => {
  let f: ApiFixture
  let screener: string
  let otherScreener: string

  const upload = (body: string | Buffer, type: string, query: string, key?: string) =>
    f.app.inject({ method: 'POST', url: `/v1/batches?${query}`, payload: body, headers: { 'content-type': type, ...(key ? bearer(key) : {}) } })

  /** Poll the batch until it is no longer running. */
  async function finished(id: string, key?: string): Promise<Batch> {
    for (let i = 0; i < 600; i++) {
      const batch = (await f.app.inject({ url: `/v1/batches/${id}`, headers: key ? bearer(key) : {} })).json() as Batch
      if (batch.status !== 'running') return batch
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`batch ${id} still running`)
  }

  beforeAll(async () => {
    f = await openApiFixture('cers+ofac')
    screener = await userWithKey(f.store.store, 'screener')
    otherScreener = await userWithKey(f.store.store, 'screener')
  }, 240_000)
  afterAll(async () => f?.close())

  it('screens a 50-row CSV in the background: running, then done, with results as CSV', async () => {
    const names = [...ofacNames(40), ...Array.from({ length: 10 }, (_, i) => `Quentin Nobody Testperson ${i}`)]
    const csv = csvOf([['id', 'name'], ...names.map((name, i) => [`c${i + 1}`, name])])
    const res = await upload(csv, 'text/csv', 'name=customers.csv')
    expect(res.statusCode, res.body).toBe(202)
    const started = res.json() as Batch
    expect(started).toMatchObject({ name: 'customers.csv', format: 'csv', status: 'running', rows: 50, screened: 0, recorded: 0, warnings: [] })
    if ((await f.app.inject(`/v1/batches/${started.id}`)).json().status === 'running') {
      expect((await f.app.inject(`/v1/batches/${started.id}/results`)).statusCode).toBe(409)
    }
    const done = await finished(started.id)
    expect(done, JSON.stringify(done)).toMatchObject({ status: 'done', rows: 50, screened: 50, recorded: 0, alerts: 0, error: null })
    expect(done.matched).toBeGreaterThanOrEqual(30)
    expect(done.matched).toBeLessThanOrEqual(40)

    const file = await f.app.inject(`/v1/batches/${started.id}/results`)
    expect(file.statusCode, file.body).toBe(200)
    expect(file.headers['content-type']).toMatch(/^text\/csv/)
    expect(file.headers['content-disposition']).toBe('attachment; filename="customers-results.csv"')
    const rows = parse(file.body, { columns: true, bom: true }) as Array<Record<string, string>>
    expect(rows).toHaveLength(50)
    expect(Object.keys(rows[0]!).slice(0, 8)).toEqual(['id', 'name', 'line', 'match', 'score', 'error', 'warnings', 'hit1_id'])
    expect(Object.keys(rows[0]!)).toContain('hit3_explanation')
    expect(rows.filter((r) => r.match === 'true')).toHaveLength(done.matched)
    expect(rows[0]).toMatchObject({ id: 'c1', name: names[0], line: '2', match: 'true' })
    expect(rows[0]!.hit1_id).toMatch(/^ofac-/)
    expect(rows.at(-1)).toMatchObject({ id: 'c50', match: 'false' })

    const asJsonl = await f.app.inject(`/v1/batches/${started.id}/results?format=jsonl`)
    expect(asJsonl.headers['content-disposition']).toBe('attachment; filename="customers-results.jsonl"')
    expect(asJsonl.body.trim().split('\n')).toHaveLength(50)
  })

  it('reads JSON lines (flat and query-shaped) and answers with JSON lines', async () => {
    const lines = [
      JSON.stringify({ name: ofacNames(1)[0] }),
      JSON.stringify({ schema: 'Person', properties: { name: ['Quentin Nobody Testperson'] } }),
      JSON.stringify({ name: 'Another Nobody Testco' }),
    ].join('\n')
    const res = await upload(lines, 'application/x-ndjson', 'name=people.jsonl&limit=1')
    expect(res.statusCode, res.body).toBe(202)
    const done = await finished(res.json().id)
    expect(done).toMatchObject({ format: 'jsonl', status: 'done', rows: 3, screened: 3, matched: 1 })
    const file = await f.app.inject(`/v1/batches/${done.id}/results`)
    expect(file.headers['content-disposition']).toBe('attachment; filename="people-results.jsonl"')
    const out = file.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(out).toHaveLength(3)
    const again = await upload(lines, 'application/jsonl', 'name=people.jsonl')
    expect(again.statusCode, again.body).toBe(202)
  })

  it('reads an XLSX workbook and answers with one', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Customers')
    sheet.addRow(['Customer Name', 'Country'])
    for (const name of ofacNames(3)) sheet.addRow([name, 'cu'])
    sheet.addRow(['Quentin Nobody Testperson', 'de'])
    const body = Buffer.from(await workbook.xlsx.writeBuffer())
    const res = await upload(body, XLSX, 'name=book.xlsx&schema=LegalEntity')
    expect(res.statusCode, res.body).toBe(202)
    const done = await finished(res.json().id)
    expect(done).toMatchObject({ format: 'xlsx', status: 'done', rows: 4, screened: 4 })
    expect(done.matched).toBeGreaterThanOrEqual(3)
    const file = await f.app.inject(`/v1/batches/${done.id}/results`)
    expect(file.headers['content-type']).toBe(XLSX)
    expect(file.headers['content-disposition']).toBe('attachment; filename="book-results.xlsx"')
    const results = new ExcelJS.Workbook()
    await results.xlsx.load(file.rawPayload as unknown as ArrayBuffer)
    const out = results.worksheets[0]!
    const header = (out.getRow(1).values as unknown[]).slice(1)
    expect(header.slice(0, 4)).toEqual(['Customer Name', 'Country', 'line', 'match'])
    expect(out.actualRowCount).toBe(5)
  })

  it('refuses a broken file with 400 naming its line, and starts nothing', async () => {
    const before = ((await f.app.inject('/v1/batches')).json() as { batches: Batch[] }).batches.length
    const res = await upload('name,country\n"Vladimir Putin,ru\nAnother Person,de\n', 'text/csv', 'name=broken.csv')
    expect(res.statusCode, res.body).toBe(400)
    // The reader's message: the quote opened on line 2 is still open where the file ends, line 3.
    expect(res.json().detail).toMatch(/^broken\.csv:3: Malformed CSV .*quoted field must be closed/)
    const noName = await upload('colour,size\nred,4\n', 'text/csv', 'name=shapes.csv')
    expect(noName.statusCode, noName.body).toBe(400)
    // Named as the sender knows the file, not by the server's temporary folder.
    expect(noName.json().detail).toMatch(/^shapes\.csv\b/)
    expect(noName.json().detail).not.toContain('vigil-batch-')
    const json = await f.app.inject({ method: 'POST', url: '/v1/batches', payload: { rows: [] } })
    expect(json.statusCode).toBe(400)
    expect(json.json().detail).toContain('text/csv')
    expect(((await f.app.inject('/v1/batches')).json() as { batches: Batch[] }).batches).toHaveLength(before)
  })

  it('keeps a row that cannot be read as an error of its own and screens the others', async () => {
    const res = await upload('name,country\nQuentin Nobody Testperson,de\nToo,many,fields\n', 'text/csv', 'name=ragged.csv')
    expect(res.statusCode, res.body).toBe(202)
    expect(res.json().warnings).toEqual(['Line 3: expected 2 fields as in the header, found 3.'])
    const done = await finished(res.json().id)
    expect(done).toMatchObject({ status: 'done', rows: 2, screened: 2 })
  })

  it('records a screener’s batch with record=true, opening alerts that GET /v1/alerts shows', async () => {
    const alertsBefore = (await f.app.inject('/v1/alerts?limit=1')).json().total as number
    const csv = csvOf([['id', 'name'], ...ofacNames(5).map((name, i) => [`r${i + 1}`, name]), ['r6', 'Quentin Nobody Testperson']])
    const res = await upload(csv, 'text/csv', 'name=recorded.csv&record=true', screener)
    expect(res.statusCode, res.body).toBe(202)
    const done = await finished(res.json().id, screener)
    expect(done).toMatchObject({ status: 'done', rows: 6, screened: 6, recorded: 6 })
    expect(done.created_by).toMatch(/^screener-/)
    expect(done.alerts).toBeGreaterThanOrEqual(5)
    const alerts = (await f.app.inject('/v1/alerts?limit=500')).json() as { total: number; alerts: Array<{ subject: { id?: string } }> }
    expect(alerts.total).toBe(alertsBefore + done.alerts)
    expect(alerts.alerts.some((a) => a.subject.id === 'r1')).toBe(true)
    const auditor = await userWithKey(f.store.store, 'auditor')
    const refused = await upload(csv, 'text/csv', 'name=recorded.csv&record=true', auditor)
    expect(refused.statusCode).toBe(403)
  })

  it('shows a batch to its screener and to readers of records, not to another screener', async () => {
    const res = await upload(csvOf([['name'], ['Quentin Nobody Testperson']]), 'text/csv', 'name=mine.csv', screener)
    const { id } = res.json() as Batch
    await finished(id, screener)
    expect((await f.app.inject({ url: `/v1/batches/${id}`, headers: bearer(otherScreener) })).statusCode).toBe(404)
    expect((await f.app.inject({ url: `/v1/batches/${id}/results`, headers: bearer(otherScreener) })).statusCode).toBe(404)
    const theirs = (await f.app.inject({ url: '/v1/batches', headers: bearer(otherScreener) })).json() as { batches: Batch[] }
    expect(theirs.batches.map((b) => b.id)).not.toContain(id)
    const own = (await f.app.inject({ url: '/v1/batches', headers: bearer(screener) })).json() as { batches: Batch[] }
    expect(own.batches[0]?.id).toBe(id)
    expect(own.batches.every((b) => b.created_by === own.batches[0]!.created_by)).toBe(true)
    const all = (await f.app.inject('/v1/batches')).json() as { batches: Batch[] }
    expect(all.batches[0]?.id).toBe(id)
    expect(all.batches.length).toBeGreaterThan(own.batches.length)
  })
})
