/**
 * Shipments, batches and the data in the browser: a shipment to a listed end user is blocked with
 * its reasons; a 50-row CSV is screened with live progress and its results downloaded; the Data page
 * shows each list with its size and age.
 */
import { readFileSync } from 'node:fs'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pageProblems, seriousViolations, startWebApp, type WebApp } from '../support/browser.js'
import { sharedData } from '../support/shared-data.js'

let web: WebApp

beforeAll(async () => {
  web = await startWebApp()
})
afterAll(async () => web?.close())

describe('a shipment', () => {
  it('to a listed end user is blocked, with its reasons, the hit linked to its entity, and a report', async () => {
    const { context, page } = await web.signIn(await web.addUser('analyst'))
    await page.goto('/shipments')
    await page.getByRole('button', { name: 'Load example: HIAST via Beirut' }).click()
    // The end user, as OFAC lists the Center.
    await page.getByLabel('Name of party 3').fill('Scientific Studies and Research Center')
    expect(await page.getByLabel('Role of party 3').inputValue()).toBe('end_user')
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Screen shipment' }).click()

    // The decision is announced (a status), its first word the decision itself.
    const decision = page.getByRole('status').filter({ hasText: /^\s*(block|review|clear)/i })
    await decision.waitFor()
    expect(await decision.textContent()).toMatch(/^\s*block(?!ing)/i)
    const reasons = await page.getByRole('table', { name: 'Reasons for the decision' }).textContent()
    expect(reasons).toContain('Scientific Studies and Research Center')
    expect(reasons).toMatch(/sy|Syria/)
    const hits = page.getByRole('table', { name: /^Hits for the end user/ })
    const link = hits.getByRole('link', { name: 'Syrian Scientific Studies and Research Center' }).first()
    expect(await link.getAttribute('href')).toBe('/entities/cers-ssrc')
    const report = await page.getByRole('region', { name: 'Report' }).textContent()
    expect(report).toMatch(/block/i)
    expect(report).toContain('Scientific Studies and Research Center')
    expect(await seriousViolations(page)).toEqual([])
    expect(pageProblems(page)).toEqual([])
    await context.close()
  })
})

/** 25 names from OFAC's list and 25 made up, with a client reference each. */
function fiftyRows(): string {
  const sdn = readFileSync(sharedData('ofac-sdn/2024-05-03/sdn.csv'), 'latin1')
  const listed = (parse(sdn, { relax_column_count: true, relax_quotes: true }) as string[][])
    .filter((r) => r[2] === 'individual')
    .slice(0, 25)
    .map((r) => r[1]!.replace(/"/g, ''))
  const made = Array.from({ length: 25 }, (_, i) => `Testperson Nummer${String.fromCharCode(97 + (i % 26))}${i} Unlisted`)
  const rows = [...listed, ...made].map((name, i) => `C-${String(i + 1).padStart(3, '0')},"${name}",Person`)
  return ['reference,name,schema', ...rows].join('\n')
}

describe('a batch', () => {
  it('uploads 50 rows, shows progress to done, opens alerts, and downloads its results', async () => {
    const { context, page } = await web.signIn(await web.addUser('analyst'))
    const file = join(web.location.home, 'clients.csv')
    writeFileSync(file, fiftyRows())
    await page.goto('/batches')
    await page.getByLabel('Batch file (CSV, XLSX or JSON lines)').setInputFiles(file)
    await page.getByLabel('Record (hits open alerts)').check()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Upload and screen' }).click()

    await page.getByRole('progressbar', { name: 'Rows of clients.csv screened' }).waitFor()
    await page.getByRole('status').filter({ hasText: /^Done/ }).waitFor({ timeout: 120_000 })
    const counts = await page.getByText(/\d+ of \d+ rows screened/).textContent()
    expect(counts).toContain('50 of 50 rows screened')
    const matched = Number(/(\d+) matched/.exec(counts ?? '')?.[1])
    expect(matched).toBeGreaterThanOrEqual(20)
    expect(matched).toBeLessThanOrEqual(30)
    expect(await page.getByRole('link', { name: /^See the \d+ alerts opened$/ }).count()).toBe(1)
    expect(await seriousViolations(page)).toEqual([])

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download results as CSV' }).click()])
    expect(download.suggestedFilename()).toBe('clients-results.csv')
    const results = parse(readFileSync((await download.path())!, 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>
    expect(results).toHaveLength(50)
    expect(results.map((r) => r.reference)).toEqual(Array.from({ length: 50 }, (_, i) => `C-${String(i + 1).padStart(3, '0')}`))
    expect(results.filter((r) => r.match === 'true')).toHaveLength(matched)
    expect(Object.keys(results[0]!)).toEqual(expect.arrayContaining(['hit1_id', 'hit1_score', 'hit1_explanation']))
    expect(pageProblems(page)).toEqual([])
    await context.close()
  })
})

describe('the data', () => {
  it('lists each dataset with its live version, size and age, and its kept versions', async () => {
    const { context, page } = await web.signIn(web.admin)
    await page.goto('/data')
    const table = page.getByRole('table', { name: 'Datasets served' })
    await table.getByRole('row', { name: /us_ofac_sdn/ }).waitFor()
    const ofac = await table.getByRole('row', { name: /us_ofac_sdn/ }).textContent()
    // OFAC's 2024 file: 48,007 entities; its CSV states no date, and the page says so rather than guess.
    expect(ofac?.replace(/[,\s]/g, '')).toContain('48007')
    expect(ofac).toContain('no source date')
    // The UN list states the day it was generated (27 Feb 2026): older than 30 days, so stale.
    const un = await table.getByRole('row', { name: /un_sc_sanctions/ }).textContent()
    expect(un).toMatch(/stale/i)
    expect(un).toContain('2026')
    expect(await seriousViolations(page)).toEqual([])
    await table
      .getByRole('button', { name: /^Versions of .*(cers|CERS|Scientific)/ })
      .first()
      .click()
    await page.getByRole('table', { name: /^Kept versions of .*newest first$/ }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    expect(pageProblems(page)).toEqual([])
    await context.close()
  })

  it('shows a monitor with its subjects, a page at a time', async () => {
    const created = await web.adminApi('/v1/monitors', { method: 'POST', body: JSON.stringify({ name: 'Forwarder clients' }) })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: number }
    const rows = Array.from({ length: 60 }, (_, i) => `client-${String(i + 1).padStart(3, '0')},Client Company ${i + 1} Ltd,de`)
    const added = await web.adminApi(`/v1/monitors/${id}/subjects`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: ['id,name,country', ...rows].join('\n'),
    })
    expect(added.status).toBe(200)

    const { context, page } = await web.signIn(await web.addUser('analyst'))
    await page.goto('/monitors')
    await page.getByRole('link', { name: 'Forwarder clients' }).click()
    await page.getByRole('heading', { level: 1, name: 'Monitor: Forwarder clients' }).waitFor()
    const table = page.getByRole('table', { name: `Subjects of monitor ${id}, by client id` })
    await table.waitFor()
    // The first page of 50, then the rest on request.
    expect(await table.getByRole('row').count()).toBe(51)
    await page.getByRole('button', { name: 'Show more subjects' }).click()
    await expect.poll(() => table.getByRole('row').count()).toBe(61)
    expect(await table.getByRole('rowheader').last().textContent()).toBe('client-060')
    expect(await seriousViolations(page)).toEqual([])
    expect(pageProblems(page)).toEqual([])
    await context.close()
  })
})
