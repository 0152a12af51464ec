import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './support/run-cli.js'
import { sharedData } from './support/shared-data.js'
import { openFixtureStore } from './support/fixture-store.js'
import { tempDir, tempLocation, type TempStore } from './support/temp-store.js'

type Row = Record<string, string>

const BENCHMARK = 'name-matching/yente-screening-benchmark'

/** Rows of a real CSV file from the shared data, by header. */
function sharedRows(path: string, count: number): Row[] {
  return (parse(readFileSync(sharedData(`${BENCHMARK}/${path}`)), { columns: true }) as Row[]).slice(0, count)
}

function toCsv(header: string[], rows: string[][]): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\n')}\n`
}

interface JsonlResult {
  line: number
  row: Record<string, unknown>
  match: boolean | null
  score: number | null
  error?: string
  results: Array<{ id: string; caption: string; score: number; match: boolean; explanations: Record<string, { score: number; detail: string }> }>
}

describe('vigil screen on real names', () => {
  let t: TempStore
  let dir: string
  const vigil = (...args: string[]) => runCli(['screen', ...args], t.env)
  const readCsvOut = (path: string) => parse(readFileSync(path), { columns: true }) as Row[]

  // UN-listed people as the yente benchmark spells them, clean names of its negatives, and the SSRC network.
  const positives = sharedRows('positives_un_untreated.csv', 40)
  const negatives = sharedRows('validation_negatives_global_1k.csv', 40)
  const network: string[][] = [
    ['Scientific Studies & Research Centre', 'Organization', '', 'Syria'],
    ['مركز الدراسات والبحوث العلمية', 'organisation', '', ''],
    ['Amro Armanazi', 'individual', '07/02/1944', 'sy'],
  ]
  const customersCsv = () =>
    toCsv(
      ['Customer Name', 'Entity Type', 'Date of Birth', 'Nationality'],
      [
        ...network,
        ...positives.map((p) => [p.full_name!, 'Person', p.date_of_birth!, p.nationality!]),
        ...negatives.map((n) => [n.full_name!, 'Person', n.date_of_birth!, n.nationality!]),
      ],
    )

  beforeAll(async () => {
    t = await openFixtureStore('cers+un')
    dir = tempDir()
    writeFileSync(join(dir, 'customers.csv'), customersCsv())
  }, 120_000)
  afterAll(() => t.cleanup())

  it('screens a CSV with recognized headers: listed people and SSRC match, clean names mostly do not', () => {
    const out = vigil(join(dir, 'customers.csv'), '--out', join(dir, 'w1.csv'), '--workers', '1')
    expect(out.status, out.stderr).toBe(0)
    expect(out.stderr).toContain("name ← 'Customer Name'")
    expect(out.stderr).toContain("birthDate ← 'Date of Birth'")
    expect(out.stdout).toMatch(/^Screened 83 rows: \d+ with a match, 0 with errors\.$/m)
    expect(out.stdout).toMatch(/^Algorithm vigil-v1, threshold 0\.7, data cers@\d{14}-\d+,un_sc_sanctions@\d{14}-\d+\.$/m)
    const rows = readCsvOut(join(dir, 'w1.csv'))
    expect(rows).toHaveLength(83)
    expect(rows[0]).toMatchObject({ 'Customer Name': 'Scientific Studies & Research Centre', line: '2', match: 'true', hit1_id: 'cers-ssrc' })
    expect(rows[1]).toMatchObject({ match: 'true', hit1_id: 'cers-ssrc' })
    expect(rows[2]).toMatchObject({ match: 'true', hit1_id: 'cers-amr-armanazi' })
    expect(rows[2]!.hit1_explanation).toMatch(/^name_match [\d.]+: .*'armanazi' = 'armanazi'/)
    const listed = rows.slice(3, 43)
    expect(listed.filter((r) => r.match === 'true' && r.hit1_id?.startsWith('unsc-')).length).toBeGreaterThanOrEqual(38)
    // The birth dates were read: most listed people are found with their birth date as evidence.
    expect(listed.filter((r) => /dob_match 1: /.test(r.hit1_explanation ?? '')).length).toBeGreaterThanOrEqual(30)
    const clean = rows.slice(43)
    expect(clean.filter((r) => r.match === 'true').length).toBeLessThanOrEqual(2)
    for (const row of rows) expect(Number(row.score)).toBe(Number(row.hit1_score))
  })

  it('gives the same results with --workers 2 as with --workers 1', () => {
    const out = vigil(join(dir, 'customers.csv'), '--out', join(dir, 'w2.csv'), '--workers', '2')
    expect(out.status, out.stderr).toBe(0)
    expect(out.stdout).toContain('on 2 workers')
    expect(readFileSync(join(dir, 'w2.csv'), 'utf-8')).toBe(readFileSync(join(dir, 'w1.csv'), 'utf-8'))
  })

  it('writes each hit with its topics, derived ones too, and its proof path in words', () => {
    const rows = [
      ['Higher Institute of Applied Sciences and Technology', 'Organization'],
      ['Branch 450', 'Organization'],
      [positives[0]!.full_name!, 'Person'],
    ]
    writeFileSync(join(dir, 'network.csv'), toCsv(['name', 'type'], rows))
    const out = vigil(join(dir, 'network.csv'), '--out', join(dir, 'network.out.csv'), '--limit', '1')
    expect(out.status, out.stderr).toBe(0)
    const [hiast, branch, listed] = readCsvOut(join(dir, 'network.out.csv'))
    // Listed itself, and a unit of SSRC: both topics, and the path that proves the derived one.
    expect(hiast).toMatchObject({
      hit1_id: 'cers-hiast',
      hit1_topics: 'sanction;sanction.control',
      hit1_path: 'A unit, branch or subsidiary of Syrian Scientific Studies and Research Center (cers-ssrc), listed on cers',
    })
    // On no list: its only topic is derived, two links away.
    expect(branch).toMatchObject({
      hit1_id: 'cers-branch-450',
      hit1_topics: 'sanction.control',
      hit1_path:
        'A unit, branch or subsidiary of Institute 3000/6000 (cers-institute-3000), a unit, branch or subsidiary of Syrian Scientific Studies and Research Center (cers-ssrc), listed on cers',
    })
    expect(listed!.hit1_id).toMatch(/^unsc-/)
    expect(listed!.hit1_topics!.split(';')).toContain('sanction')
    expect(listed!.hit1_path).toBe('')
  })

  it('writes a JSON lines hit as `vigil match --json` shows the same entity: topics, paths, explanations and all', () => {
    writeFileSync(join(dir, 'branch.jsonl'), `${JSON.stringify({ name: 'Branch 450', type: 'Organization' })}\n`)
    const out = vigil(join(dir, 'branch.jsonl'), '--out', join(dir, 'branch.out.jsonl'), '--limit', '1')
    expect(out.status, out.stderr).toBe(0)
    const [line] = readFileSync(join(dir, 'branch.out.jsonl'), 'utf-8').trim().split('\n')
    const hit = (JSON.parse(line!) as { results: Array<Record<string, unknown>> }).results[0]!
    const match = runCli(['match', 'Branch 450', '--schema', 'Organization', '--limit', '1', '--json'], t.env)
    expect(match.status, match.stderr).toBe(0)
    expect(hit).toEqual((JSON.parse(match.stdout) as { results: unknown[] }).results[0])
    expect(hit).toMatchObject({ id: 'cers-branch-450', properties: { topics: ['sanction.control'] }, paths: [{ topic: 'sanction.control' }] })
    expect(hit.explanations).toHaveProperty('name_match.weight', 1)
  })

  it('reads JSON lines, flat or as yente queries, reports a broken line and screens the rest', () => {
    const lines = [
      JSON.stringify({ name: 'Amr Armanazi', dob: '1944-02-07', ref: 'C-1' }),
      '{"name": "Scientific Studies and Research Center", "type": "Organization", ',
      JSON.stringify({ schema: 'Organization', properties: { name: ["Centre d'Etudes et de Recherches Scientifiques"] } }),
      JSON.stringify({ name: positives[0]!.full_name, nationality: positives[0]!.nationality, dob: positives[0]!.date_of_birth }),
    ]
    writeFileSync(join(dir, 'parties.jsonl'), `${lines.join('\n')}\n`)
    const out = vigil(join(dir, 'parties.jsonl'), '--out', join(dir, 'parties.out.jsonl'), '--workers', '1')
    expect(out.status, out.stderr).toBe(0)
    expect(out.stderr).toMatch(/Line 2 is not JSON/)
    expect(out.stdout).toMatch(/^Screened 4 rows: 3 with a match, 1 with errors\.$/m)
    const results = readFileSync(join(dir, 'parties.out.jsonl'), 'utf-8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as JsonlResult)
    expect(results.map((r) => r.line)).toEqual([1, 2, 3, 4])
    expect(results[0]).toMatchObject({ match: true, row: { ref: 'C-1' } })
    expect(results[0]!.results[0]).toMatchObject({ id: 'cers-amr-armanazi', match: true })
    expect(results[1]).toMatchObject({ match: null, results: [] })
    expect(results[1]!.error).toMatch(/^Line 2 is not JSON/)
    expect(results[2]!.results[0]).toMatchObject({ id: 'cers-ssrc', match: true })
    expect(results[3]!.results[0]?.id).toMatch(/^unsc-/)
    expect(results[3]!.results[0]?.explanations.dob_match?.score).toBe(1)
  })

  it('reads and writes XLSX: date cells, a type column, and an About sheet naming the data version', async () => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('Parties')
    sheet.addRow(['Full Name', 'Type', 'DOB', 'Country'])
    sheet.addRow(['Amro Armanazi', 'Person', new Date(Date.UTC(1944, 1, 7)), 'Syria'])
    sheet.addRow(['Scientific Studies and Research Center', 'Company', null, 'Syria'])
    sheet.addRow([negatives[1]!.full_name, 'Person', negatives[1]!.date_of_birth, negatives[1]!.nationality])
    await book.xlsx.writeFile(join(dir, 'parties.xlsx'))

    const out = vigil(join(dir, 'parties.xlsx'), '--out', join(dir, 'parties.out.xlsx'), '--limit', '2')
    expect(out.status, out.stderr).toBe(0)
    const result = new ExcelJS.Workbook()
    await result.xlsx.readFile(join(dir, 'parties.out.xlsx'))
    const rows = result.getWorksheet('Results')!.getSheetValues().slice(1) as unknown[][]
    const header = rows[0]!.slice(1)
    expect(header).toEqual([
      'Full Name',
      'Type',
      'DOB',
      'Country',
      'line',
      'match',
      'score',
      'error',
      'warnings',
      ...[1, 2].flatMap((i) => ['id', 'caption', 'schema', 'datasets', 'score', 'match', 'explanation', 'topics', 'path'].map((f) => `hit${i}_${f}`)),
    ])
    const at = (row: number, column: string) => rows[row]![header.indexOf(column) + 1]
    expect(at(1, 'DOB')).toBe('1944-02-07')
    expect(at(1, 'hit1_id')).toBe('cers-amr-armanazi')
    expect(at(1, 'match')).toBe(true)
    expect(at(2, 'hit1_id')).toBe('cers-ssrc')
    expect(at(2, 'hit1_topics')).toContain('sanction')
    expect(at(3, 'match')).toBe(false)
    const about = Object.fromEntries((result.getWorksheet('About')!.getSheetValues().slice(1) as unknown[][]).map((r) => [r[1], r[2]]))
    expect(about.algorithm).toBe('vigil-v1')
    expect(String(about.data_version)).toMatch(/^cers@\d{14}-\d+,un_sc_sanctions@/)
  })

  it('refuses a Windows-1252 CSV without --encoding, naming the option, and reads it with --encoding windows-1252', () => {
    const text = toCsv(
      ['name', 'country'],
      [
        ['Ingrid Bergström', 'Sweden'],
        ['Société Générale de Défense', 'France'],
        ['Amr Armanazi', 'Syria'],
      ],
    )
    writeFileSync(join(dir, 'cp1252.csv'), iconv.encode(text, 'windows-1252'))
    const refused = vigil(join(dir, 'cp1252.csv'), '--out', join(dir, 'cp1252.out.csv'))
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/bad_encoding.*not valid UTF-8.*--encoding/)
    const read = vigil(join(dir, 'cp1252.csv'), '--out', join(dir, 'cp1252.out.csv'), '--encoding', 'windows-1252')
    expect(read.status, read.stderr).toBe(0)
    const rows = readCsvOut(join(dir, 'cp1252.out.csv'))
    expect(rows.map((r) => r.name)).toEqual(['Ingrid Bergström', 'Société Générale de Défense', 'Amr Armanazi'])
    expect(rows[2]).toMatchObject({ match: 'true', hit1_id: 'cers-amr-armanazi' })
  })

  it('reports a malformed row with its line, writes it back with the error, and screens the others', () => {
    writeFileSync(join(dir, 'ragged.csv'), 'name,country\nAmr Armanazi,Syria\nAziz Azbar,Syria,extra,fields\nSalam Tohme,sy\n')
    const out = vigil(join(dir, 'ragged.csv'), '--out', join(dir, 'ragged.out.csv'))
    expect(out.status, out.stderr).toBe(0)
    expect(out.stderr).toMatch(/Line 3: expected 2 fields as in the header, found 4\./)
    expect(out.stdout).toMatch(/Screened 3 rows: 2 with a match, 1 with errors\./)
    const rows = readCsvOut(join(dir, 'ragged.out.csv'))
    expect(rows[0]).toMatchObject({ hit1_id: 'cers-amr-armanazi', error: '' })
    expect(rows[1]).toMatchObject({ line: '3', name: 'Aziz Azbar', match: '', hit1_id: '' })
    expect(rows[1]!.error).toMatch(/^Line 3: expected 2 fields/)
    expect(rows[2]).toMatchObject({ line: '4', hit1_id: 'cers-salam-tohme', match: 'true' })
  })

  it('neutralizes cells a spreadsheet would run as formulas, in CSV and XLSX output', async () => {
    const hostile = ['=HYPERLINK("http://example.invalid","Amr Armanazi")', '+Amr Armanazi', '-Amr Armanazi', '@SUM(1+1)']
    writeFileSync(
      join(dir, 'formulas.csv'),
      toCsv(
        ['name', 'note'],
        hostile.map((h) => [h, h]),
      ),
    )
    const csv = vigil(join(dir, 'formulas.csv'), '--out', join(dir, 'formulas.out.csv'))
    expect(csv.status, csv.stderr).toBe(0)
    const rows = readCsvOut(join(dir, 'formulas.out.csv'))
    expect(rows.map((r) => r.name)).toEqual(hostile.map((h) => `'${h}`))
    expect(rows.map((r) => r.note)).toEqual(hostile.map((h) => `'${h}`))
    const text = readFileSync(join(dir, 'formulas.out.csv'), 'utf-8')
    expect(text.split('\n').some((line) => /(^|,)"?[=+\-@]/.test(line))).toBe(false)

    const xlsx = vigil(join(dir, 'formulas.csv'), '--out', join(dir, 'formulas.out.xlsx'))
    expect(xlsx.status, xlsx.stderr).toBe(0)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(join(dir, 'formulas.out.xlsx'))
    const values = book.getWorksheet('Results')!.getSheetValues().slice(2) as unknown[][]
    expect(values.map((r) => r[1])).toEqual(hostile.map((h) => `'${h}`))
  })

  it('names the headers it found when there is no name column, and takes --map', () => {
    writeFileSync(join(dir, 'client.csv'), `Client,Birth Year\n${positives[0]!.full_name},${positives[0]!.date_of_birth}\n`)
    const missing = vigil(join(dir, 'client.csv'), '--out', join(dir, 'client.out.csv'))
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/No name column\. Headers found: 'Client', 'Birth Year'\..*--map name=/)
    const mapped = vigil(join(dir, 'client.csv'), '--out', join(dir, 'client.out.csv'), '--map', 'name=client', '--map', 'birthDate=Birth Year')
    expect(mapped.status, mapped.stderr).toBe(0)
    const [row] = readCsvOut(join(dir, 'client.out.csv'))
    expect(row).toMatchObject({ match: 'true' })
    expect(row!.hit1_id).toMatch(/^unsc-/)
    expect(row!.hit1_explanation).toMatch(/dob_match 1: /)
  })

  it('says to import data first when the store is empty, and writes no output file', async () => {
    const empty = await tempLocation()
    const out = runCli(['screen', join(dir, 'customers.csv'), '--out', join(dir, 'empty.out.csv')], empty.env)
    await empty.remove()
    expect(out.status).toBe(3)
    expect(out.stderr).toMatch(/No datasets to screen against.*vigil up/)
    expect(existsSync(join(dir, 'empty.out.csv'))).toBe(false)
  })
})
